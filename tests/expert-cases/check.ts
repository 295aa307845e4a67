// The expert case library (cases.json): each case's checks against analyse(), with what the engine actually said.
import type { Analysis, RankedOption } from '../../src/domain/analysis.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { parseFactorProfile, type GoalId } from '../../src/domain/factors.ts';
import type { OptionId } from '../../src/domain/options.ts';
import cases from './cases.json' with { type: 'json' };

type Cite = { readonly why: string; readonly source: string };
export type Check = Cite &
  (
    | { readonly top: readonly OptionId[] }
    | { readonly inTop: OptionId; readonly n: number }
    | { readonly notInTop: OptionId; readonly n: number }
    | { readonly above: OptionId; readonly below: readonly OptionId[] }
    | { readonly available: OptionId }
    | { readonly unavailable: OptionId }
    | { readonly protectionStep: boolean }
    | { readonly lacksEssential: OptionId; readonly goal: GoalId }
    | { readonly hasCaution: OptionId }
  );
export type ExpertCase = {
  readonly id: string;
  readonly title: string;
  readonly story: string;
  readonly profile: unknown;
  readonly expect: readonly Check[];
};
export type Verdict = { readonly check: Check; readonly ok: boolean; readonly said: string };

export const EXPERT_CASES = cases as unknown as readonly ExpertCase[];

const find = (a: Analysis, id: OptionId): RankedOption => {
  const found = a.options.find((o) => o.id === id);
  if (!found) throw new Error(`unknown option ${id}`);
  return found;
};
const place = (o: RankedOption) => (o.available ? `#${o.sharedRank}` : 'ruled out');
// "In the top n" counts the shown rank: an option tied with the n-th is in the top n.
const inTop = (o: RankedOption, n: number) => o.available && o.sharedRank <= n;
// "Above" means strictly: a tie is not a win, and an available option is above a ruled-out one.
const isAbove = (a: RankedOption, b: RankedOption) => a.available && (!b.available || a.sharedRank < b.sharedRank);

export function judge(check: Check, a: Analysis): Verdict {
  if ('top' in check) {
    const first = a.options.filter((o) => o.available && o.sharedRank === 1);
    return {
      check,
      ok: first.some((o) => check.top.includes(o.id)),
      said: `first: ${first.map((o) => o.id).join(' = ') || 'none'}`,
    };
  }
  if ('inTop' in check) {
    const o = find(a, check.inTop);
    return { check, ok: inTop(o, check.n), said: `${o.id} ${place(o)}` };
  }
  if ('notInTop' in check) {
    const o = find(a, check.notInTop);
    return { check, ok: !inTop(o, check.n), said: `${o.id} ${place(o)}` };
  }
  if ('above' in check) {
    const top = find(a, check.above);
    const below = check.below.map((id) => find(a, id));
    return {
      check,
      ok: below.every((b) => isAbove(top, b)),
      said: [top, ...below].map((o) => `${o.id} ${place(o)}`).join(', '),
    };
  }
  if ('available' in check) {
    const o = find(a, check.available);
    return { check, ok: o.available, said: `${o.id} ${place(o)}` };
  }
  if ('unavailable' in check) {
    const o = find(a, check.unavailable);
    return { check, ok: !o.available, said: `${o.id} ${place(o)}` };
  }
  if ('protectionStep' in check) {
    return {
      check,
      ok: (a.protection !== null) === check.protectionStep,
      said: a.protection ? 'protection step shown' : 'no protection step',
    };
  }
  if ('lacksEssential' in check) {
    const o = find(a, check.lacksEssential);
    return { check, ok: o.lacks.includes(check.goal), said: `${o.id} lacks ${o.lacks.join(', ') || 'nothing'}` };
  }
  const o = find(a, check.hasCaution);
  return { check, ok: o.cautions.length > 0, said: `${o.id}: ${o.cautions.length} caution(s)` };
}

export function runCase(c: ExpertCase): { readonly analysis: Analysis; readonly verdicts: readonly Verdict[] } {
  const parsed = parseFactorProfile(c.profile);
  if (!parsed.ok) throw new Error(`${c.id}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  const analysis = analyse(parsed.profile, defaultRules);
  return { analysis, verdicts: c.expect.map((check) => judge(check, analysis)) };
}

/** The check's kind and subject, for a table. */
export function describeCheck(check: Check): string {
  if ('top' in check) return `top ∈ {${check.top.join(', ')}}`;
  if ('inTop' in check) return `${check.inTop} in top ${check.n}`;
  if ('notInTop' in check) return `${check.notInTop} not in top ${check.n}`;
  if ('above' in check) return `${check.above} above ${check.below.join(', ')}`;
  if ('available' in check) return `${check.available} available`;
  if ('unavailable' in check) return `${check.unavailable} ruled out`;
  if ('protectionStep' in check) return check.protectionStep ? 'protection step' : 'no protection step';
  if ('lacksEssential' in check) return `${check.lacksEssential} lacks ${check.goal}`;
  return `${check.hasCaution} has a caution`;
}
