import { For, Show } from 'solid-js';
import type { FactorProfile } from '../../domain/factors.ts';
import { factsFor } from '../../domain/option-facts.ts';
import type { OptionId } from '../../domain/options.ts';
import type { OptionInfo, RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from './results.messages.ts';

type Trait = `binding.${OptionInfo['binding']}` | `private.${OptionInfo['private']}` | `cost.${OptionInfo['cost']}`;

/** What an option is, in facts with their sources: shown so a rank can be checked, not taken on trust. */
export function OptionFacts(props: { id: OptionId; rules: RulesPack; profile: FactorProfile }) {
  const m = () => t(resultsMessages);
  const info = () => props.rules.options[props.id];
  const trait = (key: Trait) => m()[key];
  const facts = () => factsFor(props.rules, props.id, props.profile);
  return (
    <div class="option-facts">
      <dl class="traits">
        <div>
          <dt>{m().binding}</dt>
          <dd>{info().bindingNote ?? trait(`binding.${info().binding}`)}</dd>
        </div>
        <div>
          <dt>{m().private}</dt>
          <dd>{trait(`private.${info().private}`)}</dd>
        </div>
        <div>
          <dt>{m().typicalCost}</dt>
          <dd>{trait(`cost.${info().cost}`)}</dd>
        </div>
        <div>
          <dt>{m().typicalTime}</dt>
          <dd>{info().time}</dd>
        </div>
      </dl>
      <Show when={props.rules.ratingRationales?.[props.id]}>
        {(why) => (
          <p class="rationale">
            <strong>{m().ratingsWhy}</strong> {why()}
          </p>
        )}
      </Show>
      <Show when={facts().length}>
        <ul class="facts">
          <For each={facts()}>
            {(fact) => (
              <li>
                {fact.text} <cite>{m().source(props.rules.sources[fact.source]?.citation ?? fact.source)}</cite>
                <Show when={fact.population}>{(population) => <cite>{m().population(population())}</cite>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
