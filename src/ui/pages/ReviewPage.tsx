import { A, useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { choiceLabel, visibleQuestions } from '../../domain/questions.ts';
import { createCaseStore } from '../cases/create-case-store.ts';
import { questionPath, resultsPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { componentsMessages } from '../components/components.messages.ts';
import { questionsMessages } from './questions.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

export default function ReviewPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  const m = () => t(questionsMessages);
  createPageTitle(() => m().reviewYourAnswers);
  const questionnaire = () => localizedData().questionnaire;

  return (
    <CaseGate store={store}>
      {(record) => {
        const visible = createMemo(() => visibleQuestions(questionnaire(), record().answers));
        const answerText = (id: string) => {
          const value = record().answers[id];
          if (value === undefined) return m().notAnswered;
          if (value === null) return t(componentsMessages).notSure;
          const question = visible().find((q) => q.id === id);
          return (question && choiceLabel(question, value)) ?? m().notAnswered;
        };
        return (
          <section class="page narrow">
            <h1>{m().reviewYourAnswers}</h1>
            <p class="lead">{m().reviewLead}</p>
            <For each={questionnaire().sections}>
              {(section) => (
                <Show when={visible().some((q) => q.section === section.id)}>
                  <h2>{section.title}</h2>
                  <dl class="review-list">
                    <For each={visible().filter((q) => q.section === section.id)}>
                      {(q) => (
                        <div class="review-item">
                          <dt>{q.text}</dt>
                          <dd>
                            <span classList={{ muted: record().answers[q.id] == null }}>{answerText(q.id)}</span>
                            <A
                              href={`${questionPath(record().id, q.id)}?from=review`}
                              aria-label={m().changeLabel(q.text)}
                            >
                              {m().change}
                            </A>
                          </dd>
                        </div>
                      )}
                    </For>
                  </dl>
                </Show>
              )}
            </For>
            <A class="button primary large" href={resultsPath(record().id)}>
              {m().seeRanking}
            </A>
          </section>
        );
      }}
    </CaseGate>
  );
}
