// The rules pack that ships with the app: the JSON files under data/rules, assembled and checked once.
import cautions from '../../data/rules/cautions.json' with { type: 'json' };
import factors from '../../data/rules/factors.json' with { type: 'json' };
import gates from '../../data/rules/gates.json' with { type: 'json' };
import modifiers from '../../data/rules/modifiers.json' with { type: 'json' };
import options from '../../data/rules/options.json' with { type: 'json' };
import pack from '../../data/rules/pack.json' with { type: 'json' };
import ratings from '../../data/rules/ratings.json' with { type: 'json' };
import { parseRulesPack, type RulesPack } from './rules-pack.ts';

/** The pack as one object: the shape parseRulesPack checks and the feed ships. */
export function assembleDefaultPack(): unknown {
  return { ...pack, options, factors, ratings, modifiers, gates, cautions };
}

function load(): RulesPack {
  const result = parseRulesPack(assembleDefaultPack());
  if (!result.ok) throw new Error(`data/rules is invalid:\n${result.problems.join('\n')}`);
  return result.rules;
}

export const defaultRules: RulesPack = load();
