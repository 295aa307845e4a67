// The assessment's working for each side: expected outcome, discount factor, costs to come, value; and what is discounted.
import { For, type JSX, Show } from 'solid-js';
import type { GoingOn } from '../../domain/worksheet/going-on.ts';
import type { WorksheetAssessment } from '../../domain/worksheet/settlement-zone.ts';
import { SIDES, type SideKey, type Worksheet } from '../../domain/worksheet/types.ts';
import { formatNumber, formatPercent } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { sideName } from './editor.ts';
import { workingMessages } from './working.messages.ts';

type Props = { worksheet: Worksheet; assessment: WorksheetAssessment; money: (amount: number) => string };

/** Each computed side's sum, one line a step, so it reads top to bottom on a phone; then which figures are discounted. */
export function Working(props: Props & { discountChoice?: JSX.Element }) {
  const m = () => t(workingMessages);
  const computed = () => SIDES.filter((side) => props.assessment[side].value !== undefined);
  const which = () => {
    const rate = props.worksheet.discountRatePercent;
    if (!rate) return m().nothingDiscounted;
    const percent = formatPercent(rate);
    return props.worksheet.discountCostsToCome ? m().costsToo(percent) : m().outcomeOnly(percent);
  };
  return (
    <Show when={computed().length > 0}>
      <section class="ws-working" aria-labelledby="ws-working-title">
        <h3 id="ws-working-title">{m().title}</h3>
        <div class="ws-sides">
          <For each={computed()}>{(side) => <SideWorking {...props} side={side} />}</For>
        </div>
        <p class="small ws-discounted">{which()}</p>
        {props.discountChoice}
        <For each={computed()}>{(side) => <NegativeWarning {...props} side={side} />}</For>
      </section>
    </Show>
  );
}

function SideWorking(props: Props & { side: SideKey }) {
  const m = () => t(workingMessages);
  const g = (): GoingOn => props.assessment[props.side];
  const rows = (): readonly (readonly [string, string])[] => [
    [m().expected, props.money(g().expected!)],
    [m().factor, `× ${formatNumber(g().discountFactor)}`],
    ...(g().discountFactor === 1 ? [] : [[m().expectedToday, props.money(g().expectedToday!)] as const]),
    [g().costsDiscounted ? m().costsDiscounted : m().costsNotDiscounted, props.money(0 - g().costsToComeToday)],
  ];
  return (
    <table class="ws-table ws-working-side" data-side={props.side}>
      <caption>{sideName(props.worksheet, props.side)}</caption>
      <tbody>
        <For each={rows()}>
          {([label, figure]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{figure}</td>
            </tr>
          )}
        </For>
        <tr class="ws-working-total">
          <th scope="row">{m().value}</th>
          <td>{props.money(g().value!)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The value of going on is below zero, said in words: a sign that flips silently is easy to misread. */
function NegativeWarning(props: Props & { side: SideKey }) {
  const m = () => t(workingMessages);
  const g = () => props.assessment[props.side];
  const note = () => g().notes.find((n) => n.code === 'negative-value');
  const name = () => sideName(props.worksheet, props.side, 'inSentence');
  const pays = () => props.money(0 - g().value!);
  return (
    <Show when={note()}>
      {(n) => (
        <p class="notice warn ws-negative" data-side={props.side}>
          {n().flipped
            ? m().flipped(name(), props.money(g().costsToComeToday), props.money(g().expectedToday!), pays())
            : m().negative(name(), pays())}
        </p>
      )}
    </Show>
  );
}
