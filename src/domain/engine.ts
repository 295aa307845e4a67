// The case analyser: ranks every option for a factor profile, with the reasons, gates and cautions behind it.
import type { Analysis, Caution, Contribution, GateHit, ProtectionStep, RankedOption, StageRule } from './analysis.ts';
import { compiledRules, type CompiledRules } from './compiled-rules.ts';
import { FACTOR_IDS, type FactorProfile, type GoalId } from './factors.ts';
import { profileValues, type ProfileValues } from './profile-values.ts';
import type { RulesPack } from './rules-pack.ts';
import { compareOptions, scoreOptions, standing, type Standing } from './scoring.ts';
import { sensitivity } from './sensitivity.ts';

export type AnalyseOptions = { readonly sensitivity?: boolean };

// Plain code-point order: the same in every runtime and locale.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Slot 0 is the base, slot 1 + i is FACTOR_IDS[i]; SLOT_BY_ID lists slots in source-id order.
const SOURCES = ['base', ...FACTOR_IDS] as const;
const SLOT_BY_ID = SOURCES.map((_, slot) => slot).sort((a, b) => byId(SOURCES[a]!, SOURCES[b]!));
const ID_RANK: number[] = [];
SLOT_BY_ID.forEach((slot, i) => {
  ID_RANK[slot] = i;
});
// Sort keys pack (LARGEST - |points|) above enough bits for the id rank; points stay far below LARGEST.
const SHIFT = 32 - Math.clz32(SOURCES.length);
const LARGEST = 1 << (30 - SHIFT);

function reasonsPerOption(
  compiled: CompiledRules,
  values: ProfileValues,
): { scores: number[]; reasons: Contribution[][] } {
  const points = compiled.options.map(() => new Array<number>(SOURCES.length).fill(0));
  const scores = scoreOptions(compiled, values, (o, f, p) => {
    points[o]![f + 1]! += p;
  });
  // Sort by |points| desc then source id through one numeric key per reason: far cheaper than a comparator.
  const keys = new Int32Array(SOURCES.length);
  const reasons = points.map((row) => {
    let n = 0;
    for (let slot = 0; slot < row.length; slot++) {
      const p = row[slot]!;
      if (p !== 0) keys[n++] = ((LARGEST - Math.abs(p)) << SHIFT) | ID_RANK[slot]!;
    }
    const sorted = keys.subarray(0, n).sort();
    const list: Contribution[] = [];
    for (const key of sorted) {
      const slot = SLOT_BY_ID[key & ((1 << SHIFT) - 1)]!;
      const p = row[slot]!;
      const value = slot === 0 ? undefined : values[slot - 1];
      const source = SOURCES[slot]!;
      list.push(value === undefined ? { source, points: p } : { source, value, points: p });
    }
    return list;
  });
  return { scores, reasons };
}

function gateHits(compiled: CompiledRules, values: ProfileValues): GateHit[][] {
  const hits: GateHit[][] = compiled.options.map(() => []);
  for (const g of compiled.gates) {
    if (!g.when(values)) continue;
    g.applies.forEach((applies, o) => {
      if (applies) hits[o]!.push({ gateId: g.gate.id, reason: g.gate.reason });
    });
  }
  return hits;
}

function cautions(compiled: CompiledRules, values: ProfileValues): Caution[][] {
  const found: Caution[][] = compiled.options.map(() => []);
  for (const c of compiled.cautions) {
    if (!c.when(values)) continue;
    const caution = { cautionId: c.rule.id, text: c.rule.text, safeguards: c.rule.safeguards };
    c.applies.forEach((applies, o) => {
      if (applies) found[o]!.push(caution);
    });
  }
  return found;
}

function protectionStep(rules: RulesPack, compiled: CompiledRules, values: ProfileValues): ProtectionStep | null {
  const p = rules.protection;
  if (!p || !compiled.protection?.when(values)) return null;
  const urgent = compiled.protection.urgentWhen(values);
  const step = { urgent, title: p.title, text: urgent ? p.urgentText : p.text, steps: p.steps };
  return p.cite ? { ...step, cite: p.cite } : step;
}

function stageRules(compiled: CompiledRules, values: ProfileValues): StageRule[] {
  const rule = (id: string, kind: StageRule['kind'], reason: string, cite?: string): StageRule =>
    cite ? { id, kind, reason, cite } : { id, kind, reason };
  return [
    ...compiled.leads.filter((l) => l.when(values)).map(({ lead }) => rule(lead.id, 'lead', lead.reason, lead.cite)),
    ...compiled.caps.filter((c) => c.when(values)).map(({ cap }) => rule(cap.id, 'cap', cap.reason, cap.cite)),
  ];
}

/** The essential goals an option cannot deliver, in the pack's order. */
function lackedGoals(compiled: CompiledRules, values: ProfileValues, o: number): GoalId[] {
  return compiled.essentials
    .filter((e) => values[e.index] === 3 && !e.delivers[o] && !e.also.some((a) => a.applies[o] && a.when(values)))
    .map((e) => e.goal);
}

type Placed = {
  readonly id: RankedOption['id'];
  readonly o: number;
  readonly score: number;
  readonly available: boolean;
};

/** Shared ranks: in one stage, an option within the tie margin of the first option of its group shares that rank. */
function tieGroups(ranked: readonly Placed[], st: Standing, margin: number): number[] {
  const shared: number[] = [];
  let leader = 0;
  ranked.forEach((r, i) => {
    const l = ranked[leader]!;
    const sameStage = r.available === l.available && st.leads[r.o] === st.leads[l.o] && st.lacks[r.o] === st.lacks[l.o];
    if (i === 0 || !r.available || !sameStage || l.score - r.score > margin) leader = i;
    shared.push(leader + 1);
  });
  return shared;
}

/** Pure and deterministic: the same profile (in any key order) and pack give the same analysis. */
export function analyse(profile: FactorProfile, rules: RulesPack, options: AnalyseOptions = {}): Analysis {
  const compiled = compiledRules(rules);
  const values = profileValues(profile);
  const { scores, reasons } = reasonsPerOption(compiled, values);
  const hits = gateHits(compiled, values);
  const found = cautions(compiled, values);
  const available = hits.map((h) => h.length === 0);
  const st = standing(compiled, values);
  const ranked = compiled.options
    .map((id, o) => ({ id, o, score: scores[o]!, available: available[o]! }))
    .sort((a, b) => compareOptions(compiled, st, scores, available, a.o, b.o));
  const shared = tieGroups(ranked, st, compiled.tieMargin);
  const top = ranked[0]?.available ? ranked[0].o : -1;
  const explored = options.sensitivity === false ? null : sensitivity(compiled, values, scores, top);
  return {
    rulesVersion: rules.version,
    stageRules: stageRules(compiled, values),
    protection: protectionStep(rules, compiled, values),
    options: ranked.map(
      ({ id, o, score, available }, i): RankedOption => ({
        id,
        rank: i + 1,
        sharedRank: shared[i]!,
        tiedWith: ranked.filter((_, j) => j !== i && available && shared[j] === shared[i]).map((r) => r.id),
        leads: available && st.leads[o]!,
        lacks: available ? lackedGoals(compiled, values, o) : [],
        score,
        available,
        unavailable: hits[o]!,
        cautions: found[o]!,
        reasons: reasons[o]!,
      }),
    ),
    sensitivity: explored?.changes ?? [],
    firmness: explored?.firmness ?? null,
    unanswered: FACTOR_IDS.filter((_, i) => values[i] === undefined),
  };
}
