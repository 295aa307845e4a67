import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, on, Show } from 'solid-js';
import { visibleQuestions } from '../../domain/questions.ts';
import { createCaseStore } from '../cases/create-case-store.ts';
import { nameForAnswer } from '../cases/case-naming.ts';
import { questionPath, resultsPath, reviewPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { ChoiceList } from '../components/ChoiceList.tsx';
import { Progress } from '../components/Progress.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { questionsMessages } from './questions.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

export default function QuestionPage() {
  const params = useParams<{ caseId: string; questionId: string }>();
  const [search] = useSearchParams<{ from?: string }>();
  const navigate = useNavigate();
  const store = createCaseStore(() => params.caseId);
  const m = () => t(questionsMessages);
  const questionnaire = () => localizedData().questionnaire;
  let heading: HTMLHeadingElement | undefined;

  const answers = () => store.record()?.answers ?? {};
  const visible = createMemo(() => visibleQuestions(questionnaire(), answers()));
  const index = () => visible().findIndex((q) => q.id === params.questionId);
  const question = () => visible()[index()];
  createPageTitle(() => question()?.text ?? m().doesNotApply);
  const section = () => questionnaire().sections.find((s) => s.id === question()?.section);
  const part = () => questionnaire().sections.findIndex((s) => s.id === question()?.section) + 1;
  // How far through: the parts before this one, and this one's questions before this question.
  const done = () => {
    const parts = questionnaire().sections.length;
    const inPart = visible().filter((q) => q.section === question()?.section);
    const here = inPart.findIndex((q) => q.id === question()?.id);
    return (part() - 1 + here / Math.max(inPart.length, 1)) / Math.max(parts, 1);
  };

  // Remember where the person is, and move focus to the new question so screen readers announce it.
  createEffect(
    on(
      () => params.questionId,
      (id) => {
        if (store.record() && question()) void store.setLastQuestion(id);
        heading?.focus();
      },
    ),
  );

  const goNext = () => {
    if (search.from === 'review') return navigate(reviewPath(params.caseId));
    const next = visible()[index() + 1];
    navigate(next ? questionPath(params.caseId, next.id) : reviewPath(params.caseId));
  };
  const goBack = () => {
    const previous = visible()[index() - 1];
    navigate(previous ? questionPath(params.caseId, previous.id) : '/');
  };

  return (
    <CaseGate store={store}>
      {() => (
        <Show
          when={question()}
          fallback={
            <section class="page narrow">
              <h1>{m().doesNotApply}</h1>
              <p>{m().skippedByAnswers}</p>
              <A class="button primary" href={reviewPath(params.caseId)}>
                {m().reviewYourAnswers}
              </A>
            </section>
          }
        >
          {(q) => (
            <section class="page narrow question-page">
              <Progress
                part={part()}
                parts={questionnaire().sections.length}
                label={section()?.title ?? ''}
                done={done()}
              />
              <form
                class="question"
                onSubmit={(event) => {
                  event.preventDefault();
                  goNext();
                }}
              >
                <h1 ref={heading} tabindex="-1" id="question-text">
                  {q().text}
                </h1>
                <details class="why">
                  <summary>{m().whyWeAsk}</summary>
                  <p>{q().why}</p>
                </details>
                <ChoiceList
                  question={q()}
                  value={answers()[q().id]}
                  labelledBy="question-text"
                  onChoose={(value) => {
                    const shown = store.record();
                    const title = shown ? nameForAnswer(shown, q(), value) : undefined;
                    void store.setAnswer(q().id, value, title === shown?.title ? undefined : title);
                  }}
                />
                <SaveStatus error={store.saveError()} />
                <div class="nav-buttons">
                  <button type="button" class="button" onClick={goBack}>
                    {m().back}
                  </button>
                  <button type="submit" class="button primary">
                    {search.from === 'review'
                      ? m().backToReview
                      : index() === visible().length - 1
                        ? m().reviewAnswers
                        : m().next}
                  </button>
                </div>
              </form>
              <p class="jump-links">
                <A href={reviewPath(params.caseId)}>{m().reviewAll}</A>
                <A href={resultsPath(params.caseId)}>{m().rankingSoFar}</A>
              </p>
            </section>
          )}
        </Show>
      )}
    </CaseGate>
  );
}
