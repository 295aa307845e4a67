// The rules pack that ships with the app: the JSON files under data/rules, assembled and checked once.
import cautions from '../../data/rules/cautions.json' with { type: 'json' };
import factors from '../../data/rules/factors.json' with { type: 'json' };
import gates from '../../data/rules/gates.json' with { type: 'json' };
import modifiers from '../../data/rules/modifiers.json' with { type: 'json' };
import options from '../../data/rules/options.json' with { type: 'json' };
import pack from '../../data/rules/pack.json' with { type: 'json' };
import ratings from '../../data/rules/ratings.json' with { type: 'json' };
import stages from '../../data/rules/stages.json' with { type: 'json' };
import au from '../../data/jurisdictions/au.json' with { type: 'json' };
import ca from '../../data/jurisdictions/ca.json' with { type: 'json' };
import de from '../../data/jurisdictions/de.json' with { type: 'json' };
import es from '../../data/jurisdictions/es.json' with { type: 'json' };
import fr from '../../data/jurisdictions/fr.json' with { type: 'json' };
import gbEng from '../../data/jurisdictions/gb-eng.json' with { type: 'json' };
import gbSct from '../../data/jurisdictions/gb-sct.json' with { type: 'json' };
import ie from '../../data/jurisdictions/ie.json' with { type: 'json' };
import it from '../../data/jurisdictions/it.json' with { type: 'json' };
import nl from '../../data/jurisdictions/nl.json' with { type: 'json' };
import sg from '../../data/jurisdictions/sg.json' with { type: 'json' };
import us from '../../data/jurisdictions/us.json' with { type: 'json' };
import { parseRulesPack, type RulesPack } from './rules-pack.ts';

/** The pack as one object: the shape parseRulesPack checks and the feed ships. */
export function assembleDefaultPack(): unknown {
  const places = { 'gb-eng': gbEng, 'gb-sct': gbSct, ie, fr, de, it, es, nl, us, ca, sg, au };
  return { ...pack, options, factors, ratings, modifiers, gates, cautions, ...stages, places };
}

function load(): RulesPack {
  const result = parseRulesPack(assembleDefaultPack());
  if (!result.ok) throw new Error(`data/rules is invalid:\n${result.problems.join('\n')}`);
  return result.rules;
}

export const defaultRules: RulesPack = load();
