// The facts shown with an option for one case: a figure is shown only to the population it describes.
import { compileCondition } from './conditions.ts';
import type { FactorProfile } from './factors.ts';
import type { OptionId } from './options.ts';
import { profileValues } from './profile-values.ts';
import type { Fact, RulesPack } from './rules-pack.ts';

export function factsFor(rules: RulesPack, option: OptionId, profile: FactorProfile): Fact[] {
  const values = profileValues(profile);
  return rules.options[option].facts.filter((f) => !f.when || compileCondition(f.when, rules.places)(values));
}
