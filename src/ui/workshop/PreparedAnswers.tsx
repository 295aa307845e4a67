import { For, Show } from 'solid-js';
import { choiceLabel } from '../../domain/questions.ts';
import type { Flip } from '../../domain/workshop/flip.ts';
import { preparedQuestions } from '../../domain/workshop/presenter-steps.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { questionLabel } from './FlipPicker.tsx';
import { workshopMessages } from './workshop.messages.ts';

/** Each prepared answer as "short question: answer"; a flipped one shows its new value, marked. */
export function PreparedAnswers(props: { scenario: Scenario; flip?: Flip | undefined; class?: string }) {
  const m = () => t(workshopMessages);
  const questions = () => preparedQuestions(props.scenario, localizedData().questionnaire);
  return (
    <dl class={`prepared-answers ${props.class ?? ''}`}>
      <For each={questions()}>
        {(q) => {
          const flipped = () => props.flip?.questionId === q.id;
          const value = () => (flipped() ? props.flip!.value : props.scenario.answers[q.id]);
          return (
            <div class="prepared-answer" classList={{ flipped: flipped() }}>
              <dt title={q.text}>{questionLabel(q)}</dt>
              <dd>
                {choiceLabel(q, value()) ?? m().notSure}
                <Show when={flipped()}>
                  {' '}
                  <span class="flipped-mark">({m().flippedNow})</span>
                </Show>
              </dd>
            </div>
          );
        }}
      </For>
    </dl>
  );
}
