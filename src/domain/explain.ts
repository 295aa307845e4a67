// Phrases for the engine's output, from the rules pack's texts and so in the pack's language: "privacy matters to you".
import type { Contribution } from './analysis.ts';
import type { FactorId } from './factors.ts';
import type { OptionId } from './options.ts';
import type { RulesPack } from './rules-pack.ts';

/** The pack's phrase that follows "because" for one contribution; undefined for a starting score it does not explain. */
export function becauseText(rules: RulesPack, option: OptionId, contribution: Contribution): string | undefined {
  if (contribution.source === 'base') return rules.options[option].baseBecause;
  const text = rules.factors[contribution.source as FactorId];
  const value = contribution.value;
  if (value === undefined) return text.because;
  return (text.becauseWhen?.[String(value)] ?? text.because).replaceAll('{value}', String(value));
}

/** "+12", "−4" (a true minus sign), "0". */
export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `\u2212${-points}` : '0';
}

/** "because privacy matters a lot to you (+12)", in English for the command line (the UI phrases it per locale). */
export function reasonSentence(rules: RulesPack, option: OptionId, contribution: Contribution): string {
  return `because ${becauseText(rules, option, contribution) ?? 'of where this option starts'} (${signedPoints(contribution.points)})`;
}
