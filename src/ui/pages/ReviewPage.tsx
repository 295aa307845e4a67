import { A, useParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { defaultQuestionnaire } from '../../domain/default-questionnaire.ts';
import { choiceLabel, visibleQuestions } from '../../domain/questions.ts';
import { createCaseStore } from '../cases/create-case-store.ts';
import { questionPath, resultsPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';

const questionnaire = defaultQuestionnaire;

export default function ReviewPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);

  return (
    <CaseGate store={store}>
      {(record) => {
        const visible = createMemo(() => visibleQuestions(questionnaire, record().answers));
        const answerText = (id: string) => {
          const value = record().answers[id];
          if (value === undefined) return 'Not answered';
          if (value === null) return 'Not sure';
          const question = visible().find((q) => q.id === id);
          return (question && choiceLabel(question, value)) ?? 'Not answered';
        };
        return (
          <section class="page narrow">
            <h1>Review your answers</h1>
            <p class="lead">Change any answer; the ranking follows. Questions you skipped count as not answered.</p>
            <For each={questionnaire.sections}>
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
                            <A href={`${questionPath(record().id, q.id)}?from=review`} aria-label={`Change: ${q.text}`}>
                              Change
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
              See the ranking
            </A>
          </section>
        );
      }}
    </CaseGate>
  );
}
