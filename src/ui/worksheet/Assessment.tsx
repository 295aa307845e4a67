// What the figures say: each side's value of going on, the settlements it should prefer, the overlap, and why not when a number is missing.
import { For, type JSX, Show } from 'solid-js';
import type { GoingOnNote } from '../../domain/worksheet/going-on.ts';
import type { CaseSettleRate } from './case-costs.ts';
import { assessWorksheet } from '../../domain/worksheet/settlement-zone.ts';
import { OUTCOMES, SIDES, type OutcomeKey, type SideKey, type Worksheet } from '../../domain/worksheet/types.ts';
import { formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { sideName } from './editor.ts';
import { SettlementChart } from './SettlementChart.tsx';
import { PathsComparison } from './PathsComparison.tsx';
import { TableScroll } from './TableScroll.tsx';
import { Working } from './Working.tsx';
import { workingMessages } from './working.messages.ts';
import { worksheetMessages } from './worksheet.messages.ts';

type Props = {
  worksheet: Worksheet;
  money: (amount: number) => string;
  /** Paths of fields holding an entry that was not saved (the worksheet page's; the report has none). */
  unsaved?: ReadonlySet<string>;
  /** The choice to discount the costs to come, shown under the working (the worksheet page's; not in the report). */
  discountChoice?: JSX.Element;
  /** The published settlement rate for a mediation of this case, used where a side gives no chance of its own. */
  published: CaseSettleRate;
};

export function Assessment(props: Props) {
  const m = () => t(worksheetMessages);
  const assessment = () => assessWorksheet(props.worksheet);
  const name = (side: SideKey) => sideName(props.worksheet, side);
  const nameInSentence = (side: SideKey) => sideName(props.worksheet, side, 'inSentence');
  const unsaved = (side: SideKey, outcome: OutcomeKey, key: 'amount' | 'probability') =>
    props.unsaved?.has(`sides.${side}.outcomes.${outcome}.${key}`) === true;
  const noteText = (side: SideKey, note: Exclude<GoingOnNote, { code: 'negative-value' }>): string => {
    const n = name(side);
    switch (note.code) {
      case 'no-outcomes':
        return m().noteNoOutcomes(n);
      case 'missing-amount':
        return unsaved(side, note.outcome, 'amount')
          ? t(workingMessages).unsavedAmount(n, m()[note.outcome])
          : m().noteMissingAmount(n, m()[note.outcome]);
      case 'missing-probability':
        return unsaved(side, note.outcome, 'probability')
          ? t(workingMessages).unsavedProbability(n, m()[note.outcome])
          : m().noteMissingProbability(n, m()[note.outcome]);
      case 'probabilities-sum':
        return m().noteSum(n, formatNumber(note.sum));
      case 'costs-to-come-missing':
        return m().noteCosts(n);
      case 'months-missing':
        return m().noteMonths(n);
      case 'outcomes-out-of-order':
        return m().noteOrder(n);
    }
  };
  const zoneText = () => {
    const zone = assessment().zone;
    if (zone.kind === 'overlap')
      return m().overlap(nameInSentence('self'), props.money(zone.low), props.money(zone.high));
    if (zone.kind === 'gap') return m().gap(props.money(zone.gap));
    return m().unknown;
  };
  const cell = (side: SideKey, key: (typeof OUTCOMES)[number]) => {
    const o = props.worksheet.sides?.[side]?.outcomes?.[key];
    if (o?.amount === undefined) return '–';
    return o.probability === undefined
      ? props.money(o.amount)
      : `${props.money(o.amount)} (${formatNumber(o.probability)} %)`;
  };
  const range = (side: SideKey) => {
    const a = side === 'self' ? assessment().selfAccepts : assessment().otherAccepts;
    if (a === undefined) return m().notComputed;
    return side === 'self' ? m().atLeast(props.money(a)) : m().atMost(props.money(a));
  };

  return (
    <div class="ws-assessment">
      <p class="muted">{m().assessmentLead}</p>
      <ul class="ws-values">
        <For each={SIDES}>
          {(side) => (
            <Show when={assessment()[side].value !== undefined}>
              <li data-side={side} class="ws-value">
                {m().value(name(side), props.money(assessment()[side].value!))}{' '}
                {side === 'self'
                  ? m().selfAccepts(name('self'), props.money(assessment().selfAccepts!))
                  : m().otherAccepts(name('other'), nameInSentence('self'), props.money(assessment().otherAccepts!))}
              </li>
            </Show>
          )}
        </For>
      </ul>
      <p
        class="ws-zone-text notice"
        aria-live="polite"
        classList={{ good: assessment().zone.kind === 'overlap' }}
        data-zone={assessment().zone.kind}
      >
        {zoneText()}
      </p>
      <Show when={props.unsaved?.size}>
        <p class="notice warn ws-unsaved">{t(workingMessages).unsaved}</p>
      </Show>
      <ul class="ws-notes">
        <For
          each={SIDES.flatMap((side) =>
            assessment()[side].notes.flatMap((note) => (note.code === 'negative-value' ? [] : [noteText(side, note)])),
          )}
        >
          {(text) => <li class="small">{text}</li>}
        </For>
      </ul>
      <Working
        worksheet={props.worksheet}
        assessment={assessment()}
        money={props.money}
        discountChoice={props.discountChoice}
      />
      <Show when={assessment().selfAccepts !== undefined || assessment().otherAccepts !== undefined}>
        <SettlementChart worksheet={props.worksheet} assessment={assessment()} money={props.money} />
      </Show>
      <TableScroll label={m().chartTitle}>
        <table class="ws-table">
          <caption>{m().chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m().side}</th>
              <For each={OUTCOMES}>{(key) => <th scope="col">{m()[key]}</th>}</For>
              <th scope="col">{m().valueOfGoingOn}</th>
              <th scope="col">
                {m().settlementRange} ({m().chartAxis(nameInSentence('self'))})
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={SIDES}>
              {(side) => (
                <tr data-side={side}>
                  <th scope="row">{name(side)}</th>
                  <For each={OUTCOMES}>{(key) => <td>{cell(side, key)}</td>}</For>
                  <td class="ws-value-cell">
                    {assessment()[side].value === undefined ? m().notComputed : props.money(assessment()[side].value!)}
                  </td>
                  <td>{range(side)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableScroll>
      <PathsComparison
        worksheet={props.worksheet}
        assessment={assessment()}
        published={props.published}
        money={props.money}
        unsaved={props.unsaved}
      />
    </div>
  );
}
