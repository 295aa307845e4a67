import { For, Show } from 'solid-js';
import type { OptionId } from '../../domain/options.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';

const BINDING: Record<string, string> = {
  no: 'Not binding',
  'by-agreement': 'Binding only if you both sign an agreement',
  'by-contract': 'Binding because the contract says so',
  interim: 'Binding for now, until finally decided',
  yes: 'Binding',
};
const PRIVATE: Record<string, string> = { yes: 'Private', usually: 'Usually private', no: 'Public' };
const COST: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** What an option is, in facts with their sources: shown so a rank can be checked, not taken on trust. */
export function OptionFacts(props: { id: OptionId; rules: RulesPack }) {
  const info = () => props.rules.options[props.id];
  return (
    <div class="option-facts">
      <dl class="traits">
        <div><dt>Binding</dt><dd>{info().bindingNote ?? BINDING[info().binding] ?? info().binding}</dd></div>
        <div><dt>Private</dt><dd>{PRIVATE[info().private] ?? info().private}</dd></div>
        <div><dt>Typical cost</dt><dd>{COST[info().cost] ?? info().cost}</dd></div>
        <div><dt>Typical time</dt><dd>{info().time}</dd></div>
      </dl>
      <Show when={info().facts.length}>
        <ul class="facts">
          <For each={info().facts}>
            {(fact) => (
              <li>
                {fact.text} <cite>Source: {props.rules.sources[fact.source]?.citation ?? fact.source}</cite>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
