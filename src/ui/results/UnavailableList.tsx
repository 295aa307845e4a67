import { For } from 'solid-js';
import type { RankedOption } from '../../domain/analysis.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';
import { t } from '../app/i18n.ts';

export function UnavailableList(props: { options: readonly RankedOption[]; rules: RulesPack }) {
  return (
    <ul class="unavailable-list">
      <For each={props.options}>
        {(option) => (
          <li data-option={option.id}>
            <strong>{props.rules.options[option.id].name}</strong>
            {t(punctuationMessages).colon}
            {option.unavailable.map((hit) => hit.reason).join(t(punctuationMessages).clauses)}
          </li>
        )}
      </For>
    </ul>
  );
}
