import { For } from 'solid-js';
import { choiceLabel, type Answers, type Question } from '../../domain/questions.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from '../results/results.messages.ts';
import { reportMessages } from './report.messages.ts';

/** Every question this case was asked, with its answer: what the ranking was worked out from. */
export function ReportAnswers(props: { questions: readonly Question[]; answers: Answers }) {
  const m = () => t(reportMessages);
  const answerText = (q: Question) => {
    const value = Object.hasOwn(props.answers, q.id) ? props.answers[q.id] : undefined;
    if (value === undefined) return m().notAnswered;
    return choiceLabel(q, value) ?? t(resultsMessages).notSure;
  };
  return (
    <section class="report-section report-answers" aria-labelledby="report-answers-h">
      <h2 id="report-answers-h">{m().answers}</h2>
      <dl class="answers-list">
        <For each={props.questions}>
          {(q) => (
            <div>
              <dt>{q.text}</dt>
              <dd>{answerText(q)}</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}
