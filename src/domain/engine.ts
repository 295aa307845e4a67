// The case analyser: ranks every option for a factor profile, with the reasons, gates and cautions behind it.
import type { Analysis, Caution, Contribution, GateHit, RankedOption } from './analysis.ts';
import { compiledRules, type CompiledRules } from './compiled-rules.ts';
import { FACTOR_IDS, type FactorId, type FactorProfile } from './factors.ts';
import { factorIndex, profileValues, type ProfileValues } from './profile-values.ts';
import type { RulesPack } from './rules-pack.ts';
import { scoreOptions } from './scoring.ts';
import { sensitivity } from './sensitivity.ts';

export type AnalyseOptions = { readonly sensitivity?: boolean };

// Plain code-point order: the same in every runtime and locale.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function reasonsPerOption(compiled: CompiledRules, values: ProfileValues): { scores: number[]; reasons: Contribution[][] } {
  const sums = compiled.options.map(() => new Map<FactorId | 'base', number>());
  const scores = scoreOptions(compiled, values, (o, source, points) => {
    const sum = sums[o]!;
    sum.set(source, (sum.get(source) ?? 0) + points);
  });
  const reasons = sums.map((sum) =>
    [...sum]
      .filter(([, points]) => points !== 0)
      .map(([source, points]): Contribution => {
        const value = source === 'base' ? undefined : values[factorIndex(source)];
        return value === undefined ? { source, points } : { source, value, points };
      })
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || byId(a.source, b.source)),
  );
  return { scores, reasons };
}

function gateHits(compiled: CompiledRules, values: ProfileValues): GateHit[][] {
  const hits: GateHit[][] = compiled.options.map(() => []);
  for (const g of compiled.gates) {
    if (!g.when(values)) continue;
    g.applies.forEach((applies, o) => applies && hits[o]!.push({ gateId: g.gate.id, reason: g.gate.reason }));
  }
  return hits;
}

function cautions(compiled: CompiledRules, values: ProfileValues): Caution[][] {
  const found: Caution[][] = compiled.options.map(() => []);
  for (const c of compiled.cautions) {
    if (!c.when(values)) continue;
    const caution = { cautionId: c.rule.id, text: c.rule.text, safeguards: c.rule.safeguards };
    c.applies.forEach((applies, o) => applies && found[o]!.push(caution));
  }
  return found;
}

/** Pure and deterministic: the same profile (in any key order) and pack give the same analysis. */
export function analyse(profile: FactorProfile, rules: RulesPack, options: AnalyseOptions = {}): Analysis {
  const compiled = compiledRules(rules);
  const values = profileValues(profile);
  const { scores, reasons } = reasonsPerOption(compiled, values);
  const hits = gateHits(compiled, values);
  const found = cautions(compiled, values);
  const ranked = compiled.options
    .map((id, o) => ({ id, o, score: scores[o]!, available: hits[o]!.length === 0 }))
    .sort((a, b) => Number(b.available) - Number(a.available) || b.score - a.score || byId(a.id, b.id));
  const top = ranked[0]?.available ? ranked[0].o : -1;
  return {
    rulesVersion: rules.version,
    options: ranked.map(({ id, o, score, available }, i): RankedOption => ({
      id,
      rank: i + 1,
      score,
      available,
      unavailable: hits[o]!,
      cautions: found[o]!,
      reasons: reasons[o]!,
    })),
    sensitivity: options.sensitivity === false ? [] : sensitivity(compiled, values, scores, top),
    unanswered: FACTOR_IDS.filter((_, i) => values[i] === undefined),
  };
}
