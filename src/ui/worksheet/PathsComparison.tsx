// What each way on is worth to each side, in money and months, with a small chart and every assumption said.
import { createMemo, For, Show } from 'solid-js';
import {
  comparePaths,
  type PathComparison,
  type PathNote,
  type PathValue,
  zoneMiddle,
} from '../../domain/worksheet/paths.ts';
import type { WorksheetAssessment } from '../../domain/worksheet/settlement-zone.ts';
import { SIDES, type SideKey, type Worksheet } from '../../domain/worksheet/types.ts';
import { formatNumber, formatPercent } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { costsMessages } from '../results/costs.messages.ts';
import type { CaseSettleRate } from './case-costs.ts';
import { sideName } from './editor.ts';
import { PathsChart } from './PathsChart.tsx';
import { pathsMessages } from './paths.messages.ts';
import { TableScroll } from './TableScroll.tsx';
import { type WayRow, wayRows } from './way-rows.ts';
import '../styles/paths.css';

type Props = {
  worksheet: Worksheet;
  assessment: WorksheetAssessment;
  published: CaseSettleRate;
  money: (amount: number) => string;
  /** Paths of fields holding an entry that was not saved (the worksheet page's). */
  unsaved?: ReadonlySet<string> | undefined;
};

export function PathsComparison(props: Props) {
  const m = () => t(pathsMessages);
  const time = () => ({
    ratePercent: props.worksheet.discountRatePercent,
    costsToo: props.worksheet.discountCostsToCome === true,
  });
  const compared = createMemo(
    () =>
      Object.fromEntries(
        SIDES.map((side) => [
          side,
          comparePaths(
            props.worksheet.sides?.[side],
            time(),
            zoneMiddle(props.assessment.zone, side),
            props.published.rate,
          ),
        ]),
      ) as Record<SideKey, PathComparison>,
  );
  const anyValue = () => SIDES.some((side) => wayRows(compared()[side]).some((r) => r.value));
  // Shown once a way of its own is entered: court alone, on the going-on figures, is the value above again.
  const entered = () =>
    SIDES.some((side) => {
      const c = compared()[side];
      return (
        c.court.from === 'path' || c.arbitration.from !== 'none' || c.mediationFirst.notes[0]?.code !== 'not-entered'
      );
    });
  const valueText = (v: PathValue | undefined) => {
    if (!v) return m().notComputed;
    const text = v.low === v.high ? props.money(v.low) : m().range(props.money(v.low), props.money(v.high));
    return v.atLeast ? m().atLeast(text) : text;
  };
  const months = (n: number) => m().monthsValue(formatNumber(n), n);
  const timeText = (c: PathComparison, way: WayRow['way']) => {
    if (way === 'mediation') {
      const span = c.mediationFirst.months;
      if (!span) return '–';
      return span.low === span.high ? months(span.low) : m().monthsBoth(months(span.low), months(span.high));
    }
    const n = c[way].months;
    return n === undefined ? '–' : months(n);
  };
  const costsText = (c: PathComparison, way: WayRow['way']) => {
    const n = way === 'mediation' ? c.mediationFirst.costs : c[way].costs;
    return n === undefined ? '–' : props.money(n);
  };
  const chanceText = (c: PathComparison) => {
    const chance = c.mediationFirst.chance;
    if (!chance) return undefined;
    const text =
      chance.low === chance.high
        ? formatPercent(chance.low)
        : m().range(formatPercent(chance.low), formatPercent(chance.high));
    return m().chance(text);
  };
  const noteText = (side: SideKey, way: WayRow['way'], note: PathNote): string => {
    const name = sideName(props.worksheet, side);
    const wayName = m()[way];
    switch (note.code) {
      case 'outcomes-blocked':
      case 'court-needed':
      case 'chance-missing':
      case 'settlement-missing':
      case 'settlement-below-going-on':
        return m()[`note.${note.code}`](name);
      case 'not-entered':
      case 'costs-missing':
      case 'months-missing':
        return m()[`note.${note.code}`](name, wayName);
      case 'chance-published':
        return m()['note.chance-published'](name, formatPercent(note.rate.low), formatPercent(note.rate.high));
      case 'settlement-from-zone':
        return m()['note.settlement-from-zone'](name, props.money(note.settlement));
    }
  };
  const notes = (side: SideKey) => {
    const c = compared()[side];
    const all = [
      ...c.court.notes.map((n) => ['court', n] as const),
      ...c.arbitration.notes.map((n) => ['arbitration', n] as const),
      ...c.mediationFirst.notes.map((n) => ['mediation', n] as const),
    ];
    // One "cannot be weighed" line a side is enough: it blocks every way alike.
    const blocked = all.some(([, n]) => n.code === 'outcomes-blocked');
    const kept = blocked ? all.filter(([, n]) => n.code === 'outcomes-blocked').slice(0, 1) : all;
    // A figure typed but not saved is left out of the sums above: said first, so "no costs entered" is not the only word.
    const prefix = `sides.${side}.paths.`;
    const ways = new Set(
      [...(props.unsaved ?? [])]
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length).split('.')[0] as WayRow['way']),
    );
    const notSaved = [...ways].map((way) => m().unsaved(sideName(props.worksheet, side), m()[way]));
    return [...notSaved, ...kept.map(([way, n]) => noteText(side, way, n))];
  };
  /** The way worth most by its low end, so a range is never preferred on its hopeful end alone. */
  const best = (side: SideKey) => {
    const rows = wayRows(compared()[side]).filter((r) => r.value && !r.value.atLeast);
    if (rows.length < 2) return undefined;
    const top = rows.reduce((a, b) => (b.value!.low > a.value!.low ? b : a));
    return m().best(sideName(props.worksheet, side, 'inSentence'), m()[top.way], valueText(top.value));
  };
  const withheld = () =>
    props.published.withheld.length
      ? m().withheld(props.published.withheld.map((lean) => t(costsMessages)[`lean.${lean}`]).join('; '))
      : undefined;

  return (
    <Show when={entered()}>
      <section class="ws-paths-compare" aria-labelledby="ws-compare-title">
        <h3 id="ws-compare-title">{m().compareTitle}</h3>
        <p class="small muted">{m().compareLead}</p>
        <Show when={withheld()}>{(text) => <p class="small notice">{text()}</p>}</Show>
        <div class="ws-sides">
          <For each={SIDES}>
            {(side) => (
              <div class="ws-paths-side" data-side={side}>
                <TableScroll label={sideName(props.worksheet, side)}>
                  <table class="ws-table ws-paths-table">
                    <caption>{sideName(props.worksheet, side)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{m().way}</th>
                        <th scope="col">{m().costs}</th>
                        <th scope="col">{m().value}</th>
                        <th scope="col">{m().time}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={wayRows(compared()[side])}>
                        {(row) => (
                          <tr data-way={row.way}>
                            <th scope="row">
                              {m()[row.way]}
                              <Show when={row.way === 'mediation' && chanceText(compared()[side])}>
                                {(text) => <span class="ws-paths-chance small">{text()}</span>}
                              </Show>
                            </th>
                            <td>{costsText(compared()[side], row.way)}</td>
                            <td class="ws-value-cell">{valueText(row.value)}</td>
                            <td>{timeText(compared()[side], row.way)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </TableScroll>
                <Show when={best(side)}>{(text) => <p class="notice ws-paths-best">{text()}</p>}</Show>
                <Show when={anyValue()}>
                  <PathsChart
                    title={m().chartTitle(sideName(props.worksheet, side, 'inSentence'))}
                    rows={wayRows(compared()[side])}
                    money={props.money}
                  />
                </Show>
                <ul class="ws-notes">
                  <For each={notes(side)}>{(text) => <li class="small">{text}</li>}</For>
                </ul>
              </div>
            )}
          </For>
        </div>
      </section>
    </Show>
  );
}
