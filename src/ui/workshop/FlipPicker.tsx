import { For, Show } from 'solid-js';
import { visibleQuestions, type AnswerValue, type Question } from '../../domain/questions.ts';
import type { Flip } from '../../domain/workshop/flip.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { workshopMessages } from './workshop.messages.ts';

type Props = { scenario: Scenario; flip: Flip | undefined; onFlip: (flip: Flip | undefined) => void };

const NONE = '';
const encode = (value: AnswerValue) => JSON.stringify(value);

/** The short name of a question (its factor's label), as on the results page's what-if panel. */
export function questionLabel(question: Question): string {
  return question.factor ? localizedData().rules.factors[question.factor].label : question.text;
}

/** Pick one answer of a scenario and a different value for it; the first other value is chosen as soon as a question is. */
export function FlipPicker(props: Props) {
  const m = () => t(workshopMessages);
  const questions = () => visibleQuestions(localizedData().questionnaire, props.scenario.answers);
  const question = () => questions().find((q) => q.id === props.flip?.questionId);
  const otherChoices = (q: Question) => q.choices.filter((c) => c.value !== props.scenario.answers[q.id]);
  const pickQuestion = (id: string) => {
    const q = questions().find((x) => x.id === id);
    const first = q && otherChoices(q)[0];
    props.onFlip(q && first ? { questionId: q.id, value: first.value } : undefined);
  };

  return (
    <div class="flip-picker">
      <label class="flip-field">
        <span>{m().flipQuestion}</span>
        <select data-flip="question" onChange={(e) => pickQuestion(e.currentTarget.value)}>
          <option value={NONE} selected={!props.flip}>
            {m().noFlip}
          </option>
          <For each={questions()}>
            {(q) => (
              <option value={q.id} selected={props.flip?.questionId === q.id}>
                {questionLabel(q)}
              </option>
            )}
          </For>
        </select>
      </label>
      <Show when={question()}>
        {(q) => (
          <label class="flip-field">
            <span>{m().flipValue}</span>
            <select
              data-flip="value"
              onChange={(e) =>
                props.onFlip({ questionId: q().id, value: JSON.parse(e.currentTarget.value) as AnswerValue })
              }
            >
              <For each={otherChoices(q())}>
                {(c) => (
                  <option value={encode(c.value)} selected={props.flip?.value === c.value}>
                    {c.label}
                  </option>
                )}
              </For>
            </select>
          </label>
        )}
      </Show>
      <div class="flip-buttons">
        <button type="button" class="button" onClick={() => props.onFlip(props.scenario.suggestedFlip)}>
          {m().suggestedFlip}
        </button>
        <Show when={props.flip}>
          <button type="button" class="button" onClick={() => props.onFlip(undefined)}>
            {m().undoFlip}
          </button>
        </Show>
      </div>
    </div>
  );
}
