import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Firmness } from '../../domain/analysis.ts';
import type { FactorId } from '../../domain/factors.ts';
import type { Question, Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { formatList } from '../app/format.ts';
import { questionPath } from '../cases/paths.ts';
import { stagesMessages } from './stages.messages.ts';

/** The question a person answers for a factor: the one that sets it directly, or one whose choices imply it. */
function questionAbout(questionnaire: Questionnaire, factor: FactorId): Question | undefined {
  return (
    questionnaire.questions.find((q) => q.factor === factor) ??
    questionnaire.questions.find((q) => q.choices.some((c) => c.sets && Object.hasOwn(c.sets, factor)))
  );
}

/** How firm the top option is against the questions left unanswered, with a way to answer each. */
export function FirmnessNote(props: {
  firmness: Firmness;
  rules: RulesPack;
  questionnaire: Questionnaire;
  caseId: string;
  shown: ReadonlySet<string>;
}) {
  const m = () => t(stagesMessages);
  const open = () =>
    props.firmness.unsure
      .map((u) => ({ ...u, question: questionAbout(props.questionnaire, u.factor) }))
      .filter((u) => u.question && props.shown.has(u.question.id))
      .filter((u, i, all) => all.findIndex((x) => x.question!.id === u.question!.id) === i);
  return (
    <div class="firmness" data-testid="firmness">
      <Show when={open().length} fallback={<p>{m().firmRobust(props.firmness.checked)}</p>}>
        <p>{m().firmOpen}</p>
        <ul class="change-list">
          <For each={open()}>
            {(u) => (
              <li>
                <span>
                  {m().firmCouldLead(u.question!.text, formatList(u.newTops.map((id) => props.rules.options[id].name)))}
                </span>
                <A class="button small" href={questionPath(props.caseId, u.question!.id)}>
                  {m().answerIt}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
