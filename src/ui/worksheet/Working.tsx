// The assessment's working for both sides: expected outcome, discount factor, costs to come, value; and what is discounted.
import { For, Show } from 'solid-js';
import type { GoingOn } from '../../domain/worksheet/going-on.ts';
import type { WorksheetAssessment } from '../../domain/worksheet/settlement-zone.ts';
import { SIDES, type SideKey, type Worksheet } from '../../domain/worksheet/types.ts';
import { formatNumber, formatPercent } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { sideName } from './editor.ts';
import { TableScroll } from './TableScroll.tsx';
import { workingMessages } from './working.messages.ts';

type Props = { worksheet: Worksheet; assessment: WorksheetAssessment; money: (amount: number) => string };

export function Working(props: Props) {
  const m = () => t(workingMessages);
  const of = (side: SideKey) => props.assessment[side];
  const amount = (value: number | undefined) => (value === undefined ? '–' : props.money(value));
  const costs = (g: GoingOn) =>
    `${props.money(0 - g.costsToComeToday)} (${g.costsDiscounted ? m().discounted : m().notDiscounted})`;
  const rows: readonly { label: () => string; cell: (g: GoingOn) => string; strong?: boolean }[] = [
    { label: () => m().expected, cell: (g) => amount(g.expected) },
    { label: () => m().factor, cell: (g) => `× ${formatNumber(g.discountFactor)}` },
    { label: () => m().expectedToday, cell: (g) => amount(g.expectedToday) },
    { label: () => m().costs, cell: costs },
    { label: () => m().value, cell: (g) => amount(g.value), strong: true },
  ];
  const which = () => {
    const rate = props.worksheet.discountRatePercent;
    if (!rate) return m().nothingDiscounted;
    return props.worksheet.discountCostsToCome
      ? m().costsToo(formatPercent(rate))
      : m().outcomeOnly(formatPercent(rate));
  };
  return (
    <div class="ws-working">
      <TableScroll label={m().title}>
        <table class="ws-table">
          <caption>{m().title}</caption>
          <thead>
            <tr>
              <th scope="col">{m().step}</th>
              <For each={SIDES}>{(side) => <th scope="col">{sideName(props.worksheet, side)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={rows}>
              {(row) => (
                <tr classList={{ 'ws-working-total': row.strong === true }}>
                  <th scope="row">{row.label()}</th>
                  <For each={SIDES}>{(side) => <td data-side={side}>{row.cell(of(side))}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableScroll>
      <p class="small ws-discounted">{which()}</p>
      <For each={SIDES}>{(side) => <NegativeWarning {...props} side={side} />}</For>
    </div>
  );
}

/** The value of going on is below zero, said in words: a sign that flips silently is easy to misread. */
function NegativeWarning(props: Props & { side: SideKey }) {
  const m = () => t(workingMessages);
  const g = () => props.assessment[props.side];
  const note = () => g().notes.find((n) => n.code === 'negative-value');
  const name = () => sideName(props.worksheet, props.side, 'inSentence');
  return (
    <Show when={note()}>
      {(n) => (
        <p class="notice warn ws-negative" data-side={props.side}>
          {n().flipped
            ? m().flipped(
                name(),
                props.money(g().costsToComeToday),
                props.money(g().expectedToday!),
                props.money(0 - g().value!),
              )
            : m().negative(name(), props.money(0 - g().value!))}
        </p>
      )}
    </Show>
  );
}
