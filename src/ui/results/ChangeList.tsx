import { For, Show } from 'solid-js';
import type { Sensitivity } from '../../domain/analysis.ts';
import { choiceLabel, questionForFactor, type AnswerValue, type Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from './results.messages.ts';
import { whatIfMessages } from './what-if.messages.ts';

type Props = {
  changes: readonly Sensitivity[];
  rules: RulesPack;
  questionnaire: Questionnaire;
  /** Question ids shown for this case: a change to a skipped question cannot be tried. */
  shown: ReadonlySet<string>;
  onTry: (questionId: string, value: AnswerValue) => void;
};

const MAX_CHANGES = 5;

/** "What would change this": the single answers that would put another option first, each to try as a what-if. */
export function ChangeList(props: Props) {
  const m = () => t(resultsMessages);
  const w = () => t(whatIfMessages);
  const rows = () =>
    props.changes
      .map((change) => ({ change, question: questionForFactor(props.questionnaire, change.factor) }))
      .filter((row) => row.question && props.shown.has(row.question.id))
      .slice(0, MAX_CHANGES);

  return (
    <Show when={rows().length} fallback={<p>{m().robust}</p>}>
      <ul class="change-list top-changes">
        <For each={rows()}>
          {({ change, question }) => (
            <li>
              <span>
                {(change.from === undefined ? w().changeUnanswered : w().change)(
                  question!.text,
                  choiceLabel(question!, change.to) ?? String(change.to),
                  props.rules.options[change.newTop].name,
                )}
              </span>
              <button
                type="button"
                class="button small"
                onClick={() => props.onTry(question!.id, change.to as AnswerValue)}
              >
                {m().tryIt}
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
