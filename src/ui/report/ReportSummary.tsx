import { For, Show } from 'solid-js';
import type { Analysis, RankedOption } from '../../domain/analysis.ts';
import { becauseText, signedPoints } from '../../domain/explain.ts';
import { choiceLabel, questionForFactor, type Answers, type Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { assessWorksheet } from '../../domain/worksheet/settlement-zone.ts';
import type { Worksheet } from '../../domain/worksheet/types.ts';
import { formatDay, formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from '../results/results.messages.ts';
import { whatIfMessages } from '../results/what-if.messages.ts';
import { sideName } from '../worksheet/editor.ts';
import { worksheetMessages } from '../worksheet/worksheet.messages.ts';
import { reportMessages } from './report.messages.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';

type Props = {
  answers: Answers;
  questionnaire: Questionnaire;
  rules: RulesPack;
  /** With sensitivity: what would change the top result. */
  analysis: Analysis;
  worksheet: Worksheet;
  money: (amount: number) => string;
};

const TOP = 3;
const REASONS = 2;
const CHANGES = 3;
const STEPS = 3;
/** The key facts in a line: the first sentence, or this many characters. */
const FACTS_LINE = 240;
/** What the dispute is, in the person's own answers. */
const DISPUTE_QUESTIONS = ['q.area', 'q.amount', 'q.escalation', 'q.jurisdiction'];

function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/su.exec(text.trim())?.[0] ?? text.trim();
  return sentence.length > FACTS_LINE ? `${sentence.slice(0, FACTS_LINE - 1).trimEnd()}…` : sentence;
}

/** The report's first page: what a board reads before deciding, each point drawn from the case itself. */
export function ReportSummary(props: Props) {
  const m = () => t(reportMessages);
  const r = () => t(resultsMessages);
  const answerOf = (id: string) => {
    const question = props.questionnaire.questions.find((q) => q.id === id);
    return question && choiceLabel(question, props.answers[id]);
  };
  const dispute = () => DISPUTE_QUESTIONS.map(answerOf).filter((a): a is string => a !== undefined);
  const facts = () => props.worksheet.facts?.trim();
  const available = () => props.analysis.options.filter((o) => o.available);
  const ruledOut = () => props.analysis.options.filter((o) => !o.available);
  const why = (option: RankedOption) =>
    option.reasons
      .filter((c) => c.points > 0 && c.source !== 'base')
      .slice(0, REASONS)
      .map(
        (c) => `${r().because(becauseText(props.rules, option.id, c) ?? r().baseDefault)} (${signedPoints(c.points)})`,
      );
  const changes = () =>
    props.analysis.sensitivity
      .map((change) => ({ change, question: questionForFactor(props.questionnaire, change.factor) }))
      .filter((row) => row.question)
      .slice(0, CHANGES);
  const steps = () => (props.worksheet.actions ?? []).filter((a) => !a.done && a.step.trim()).slice(0, STEPS);
  const settlement = () => {
    const w = t(worksheetMessages);
    const zone = assessWorksheet(props.worksheet).zone;
    if (zone.kind === 'overlap')
      return w.overlap(sideName(props.worksheet, 'self', 'inSentence'), props.money(zone.low), props.money(zone.high));
    return zone.kind === 'gap' ? w.gap(props.money(zone.gap)) : w.unknown;
  };

  return (
    <section class="report-summary" aria-labelledby="report-summary-h">
      <h2 id="report-summary-h">{m().summary}</h2>
      <p class="muted small">{m().asAnswered}</p>
      <h3>{m().dispute}</h3>
      <p>
        <Show when={dispute().length} fallback={<span class="muted">{t(worksheetMessages).notFilled}</span>}>
          {dispute().join(' · ')}
        </Show>
      </p>
      <Show when={facts()}>{(text) => <p>{firstSentence(text())}</p>}</Show>

      <h3>{m().bestFits}</h3>
      <ol class="summary-options">
        <For each={available().slice(0, TOP)}>
          {(option) => (
            <li>
              <strong>{props.rules.options[option.id].name}</strong> ({m().scoreOf(formatNumber(option.score))})
              {why(option).length
                ? `${t(punctuationMessages).colon}${why(option).join(t(punctuationMessages).clauses)}.`
                : '.'}
            </li>
          )}
        </For>
      </ol>

      <For each={available()[0]?.cautions ?? []}>
        {(caution) => (
          <p class="report-option-caution">
            <strong>{r().caution}</strong> {caution.text}
          </p>
        )}
      </For>

      <h3>{m().ruledOut}</h3>
      <Show when={ruledOut().length} fallback={<p>{m().noneRuledOut}</p>}>
        <ul class="summary-ruled-out">
          <For each={ruledOut()}>
            {(option) => (
              <li>
                <strong>{props.rules.options[option.id].name}</strong>
                {t(punctuationMessages).colon}
                {[...new Set(option.unavailable.map((g) => g.reason))].join(' ')}
              </li>
            )}
          </For>
        </ul>
      </Show>

      <h3>{m().wouldChange}</h3>
      <Show when={changes().length} fallback={<p>{m().robust}</p>}>
        <ul>
          <For each={changes()}>
            {({ change, question }) => (
              <li>
                {(change.from === undefined ? t(whatIfMessages).changeUnanswered : t(whatIfMessages).change)(
                  question!.text,
                  choiceLabel(question!, change.to) ?? String(change.to),
                  props.rules.options[change.newTop].name,
                )}
              </li>
            )}
          </For>
        </ul>
      </Show>

      <h3>{m().settlement}</h3>
      <p>{settlement()}</p>

      <h3>{m().nextSteps}</h3>
      <Show when={steps().length} fallback={<p class="muted">{t(worksheetMessages).noSteps}</p>}>
        <ol>
          <For each={steps()}>
            {(a) => <li>{m().stepLine(a.step, a.owner ?? m().nobody, a.due ? formatDay(a.due) : m().noDate)}</li>}
          </For>
        </ol>
      </Show>
      <p class="report-small-print">
        {m().notLegalAdvice} {m().rulesAndDate(props.rules.version, formatDay(new Date().toISOString()))}
      </p>
    </section>
  );
}
