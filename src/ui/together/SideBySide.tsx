import { For, Show } from 'solid-js';
import type { FactorId, FactorValue } from '../../domain/factors.ts';
import type { Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import type { Agreement } from '../../domain/together/combine.ts';
import { formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { valueWords } from './code-text.ts';
import { togetherMessages } from './together.messages.ts';

export type Row = {
  readonly factor: FactorId;
  readonly a: FactorValue | undefined;
  readonly b: FactorValue | undefined;
  readonly agreement: Agreement;
};

const GROUPS = ['agree', 'close', 'differ', 'unknown'] as const;

/** Each factor either side answered, grouped by how far apart the two answers are, both in words. */
export function SideBySide(props: {
  title: string;
  rows: readonly Row[];
  rules: RulesPack;
  questionnaire: Questionnaire;
}) {
  const m = () => t(togetherMessages);
  const answered = () => props.rows.filter((row) => row.a !== undefined || row.b !== undefined);
  const groupTitle = (group: (typeof GROUPS)[number]) => (group === 'unknown' ? m().onlyOne : m()[group]);
  const words = (factor: FactorId, value: FactorValue | undefined) => {
    if (value === undefined) return m().notAnswered;
    const said = valueWords(props.questionnaire, factor, value);
    if (said) return said;
    return typeof value === 'boolean'
      ? value
        ? m().yes
        : m().no
      : typeof value === 'number'
        ? formatNumber(value)
        : value;
  };
  return (
    <section class="side-by-side" aria-label={props.title}>
      <h3>{props.title}</h3>
      <For each={GROUPS.filter((group) => answered().some((row) => row.agreement === group))}>
        {(group) => (
          <table class={`together-table ${group}`} data-group={group}>
            <caption>{groupTitle(group)}</caption>
            <thead>
              <tr>
                <th scope="col">{m().colWhat}</th>
                <th scope="col">{m().colYou}</th>
                <th scope="col">{m().colThem}</th>
              </tr>
            </thead>
            <tbody>
              <For each={answered().filter((row) => row.agreement === group)}>
                {(row) => (
                  <tr data-factor={row.factor}>
                    <th scope="row">{props.rules.factors[row.factor].label}</th>
                    <td>{words(row.factor, row.a)}</td>
                    <td>{words(row.factor, row.b)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </For>
      <Show when={!answered().some((row) => row.agreement !== 'unknown')}>
        <p>{m().nothingInCommon}</p>
      </Show>
    </section>
  );
}
