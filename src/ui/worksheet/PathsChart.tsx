// A small chart of what each way on is worth to one side: a bar from zero to the value, lighter where it is a range.
// Drawn in HTML with logical insets, so text keeps its size on a phone and the bars mirror in right-to-left pages.
import { For, Show } from 'solid-js';
import { t } from '../app/i18n.ts';
import { pathsMessages } from './paths.messages.ts';
import type { WayRow } from './way-rows.ts';

type Props = { title: string; rows: readonly WayRow[]; money: (amount: number) => string };

export function PathsChart(props: Props) {
  const m = () => t(pathsMessages);
  const scale = () => {
    const values = props.rows.flatMap((r) => (r.value ? [r.value.low, r.value.high] : []));
    const [min, max] = [Math.min(0, ...values), Math.max(0, ...values)];
    const span = max - min || 1;
    return { min, max, at: (v: number) => ((v - min) / span) * 100 };
  };
  /** Start and length, in percent of the track, of a bar between two amounts. */
  const bar = (from: number, to: number) => {
    const [a, b] = [scale().at(from), scale().at(to)];
    return { 'inset-inline-start': `${Math.min(a, b)}%`, 'inline-size': `max(2px, ${Math.abs(b - a)}%)` };
  };
  return (
    <figure class="ws-paths-chart" aria-hidden="true">
      <figcaption class="small">{props.title}</figcaption>
      <ul>
        <For each={props.rows}>
          {(row) => (
            <li data-way={row.way}>
              <span class="ws-paths-label">{m()[row.way]}</span>
              <span class="ws-paths-track">
                <span class="ws-paths-zero" style={{ 'inset-inline-start': `${scale().at(0)}%` }} />
                <Show when={row.value}>
                  {(v) => (
                    <>
                      {/* The range first, the sure part over it: where a range crosses zero they overlap cleanly. */}
                      <Show when={v().high !== v().low}>
                        <span class="ws-paths-bar extra" style={bar(v().low, v().high)} />
                      </Show>
                      <span class="ws-paths-bar" style={bar(0, v().low)} />
                    </>
                  )}
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
      <p class="ws-paths-ticks small muted">
        <span>{props.money(scale().min)}</span>
        <span>{props.money(scale().max)}</span>
      </p>
      <Show when={props.rows.some((r) => r.value && r.value.high !== r.value.low)}>
        <p class="small muted">{m().chartRange}</p>
      </Show>
    </figure>
  );
}
