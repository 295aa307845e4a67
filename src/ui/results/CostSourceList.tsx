// The published figures behind a cost estimate: each with what it counts, for whom, its year and its source.
import { For } from 'solid-js';
import type { UsedFigure } from '../../domain/costs/estimate.ts';
import { figureText } from './cost-text.ts';

export function CostSourceList(props: { used: readonly UsedFigure[]; class?: string }) {
  return (
    <ul class={props.class}>
      <For each={props.used}>
        {(u) => (
          <li>
            {figureText(u)} <cite>{u.source.citation}</cite>
          </li>
        )}
      </For>
    </ul>
  );
}
