import { For } from 'solid-js';
import type { AnswerValue, Question } from '../../domain/questions.ts';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

type Props = {
  question: Question;
  /** undefined: not answered yet; null: "not sure". */
  value: AnswerValue | null | undefined;
  labelledBy: string;
  onChoose: (value: AnswerValue | null) => void;
};

/** Native radios, so arrow keys, screen readers and form semantics work without extra code. */
export function ChoiceList(props: Props) {
  const name = () => `answer-${props.question.id}`;
  return (
    <div class="choices" role="radiogroup" aria-labelledby={props.labelledBy}>
      <For each={props.question.choices}>
        {(choice) => (
          <label class="choice">
            <input
              type="radio"
              name={name()}
              checked={props.value === choice.value}
              onChange={() => props.onChoose(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        )}
      </For>
      <label class="choice unsure">
        <input type="radio" name={name()} checked={props.value === null} onChange={() => props.onChoose(null)} />
        <span>{t(componentsMessages).notSure}</span>
      </label>
    </div>
  );
}
