import { For, Show } from 'solid-js';
import type { Analysis } from '../../domain/analysis.ts';
import { becauseText } from '../../domain/explain.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { resultsMessages } from '../results/results.messages.ts';

type Props = { analysis: Analysis; count: number; reasons: number; label: string };

/** The first few available options with their strongest reasons: compact enough for a projector or half a screen. */
export function TopOptions(props: Props) {
  const rules = () => localizedData().rules;
  const r = () => t(resultsMessages);
  const options = () => props.analysis.options.filter((o) => o.available).slice(0, props.count);
  return (
    <ol class="top-options" aria-label={props.label}>
      <For each={options()}>
        {(option) => (
          <li data-option={option.id}>
            <div class="top-option-head">
              <span class="rank" aria-hidden="true">
                {option.rank}
              </span>
              <strong class="top-option-name">
                <span class="visually-hidden">{r().rank(option.rank)}</span>
                {rules().options[option.id].name}
              </strong>
              <span class="score">{r().score(option.score)}</span>
            </div>
            <Show when={props.reasons > 0}>
              <ul class="pros">
                <For each={option.reasons.filter((x) => x.points > 0).slice(0, props.reasons)}>
                  {(reason) => <li>{r().because(becauseText(rules(), option.id, reason) ?? r().baseDefault)}</li>}
                </For>
              </ul>
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
