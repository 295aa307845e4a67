import { For, Show } from 'solid-js';
import type { Sensitivity } from '../../domain/analysis.ts';
import { choiceLabel, questionForFactor, type AnswerValue, type Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';

type Props = {
  changes: readonly Sensitivity[];
  rules: RulesPack;
  questionnaire: Questionnaire;
  /** Question ids shown for this case: a change to a skipped question cannot be tried. */
  shown: ReadonlySet<string>;
  onTry: (questionId: string, value: AnswerValue) => void;
};

const MAX_CHANGES = 5;

/** "What would change this": the single answers that would put another option first. */
export function ChangeList(props: Props) {
  const rows = () =>
    props.changes
      .map((change) => ({ change, question: questionForFactor(props.questionnaire, change.factor) }))
      .filter((row) => row.question && props.shown.has(row.question.id))
      .slice(0, MAX_CHANGES);

  return (
    <Show when={rows().length} fallback={<p>No single answer would change the top option: the result is robust.</p>}>
      <ul class="change-list">
        <For each={rows()}>
          {({ change, question }) => (
            <li>
              <span>
                If <q>{question!.text}</q> were <strong>{choiceLabel(question!, change.to) ?? String(change.to)}</strong>
                {change.from === undefined ? ' (now unanswered)' : ''}, <strong>{props.rules.options[change.newTop].name}</strong>{' '}
                would come first.
              </span>
              <button type="button" class="button small" onClick={() => props.onTry(question!.id, change.to as AnswerValue)}>
                Try it
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
