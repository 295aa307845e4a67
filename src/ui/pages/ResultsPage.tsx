import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import type { RankedOption } from '../../domain/analysis.ts';
import { analyse } from '../../domain/engine.ts';
import { answersToProfile, visibleQuestions, type AnswerValue } from '../../domain/questions.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { createAfterFirstPaint } from '../app/create-after-first-paint.ts';
import { createCaseStore, type CaseStore } from '../cases/create-case-store.ts';
import { reportPath, reviewPath, togetherPath, worksheetPath } from '../cases/paths.ts';
import { componentsMessages } from '../components/components.messages.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { ChangeList } from '../results/ChangeList.tsx';
import { OptionCard } from '../results/OptionCard.tsx';
import { makeScoreBar } from '../results/score-share.ts';
import { UnavailableList } from '../results/UnavailableList.tsx';
import { WhatIfPanel } from '../results/WhatIfPanel.tsx';
import { createWhatIf } from '../results/create-what-if.ts';
import { WhatIfActions, WhatIfBanner } from '../results/WhatIfBanner.tsx';
import { whatIfMessages } from '../results/what-if.messages.ts';
import { compareRankings } from '../../domain/workshop/what-if.ts';
import { FirmnessNote } from '../results/FirmnessNote.tsx';
import { PlaceNotes } from '../results/PlaceNotes.tsx';
import { worksheetClaim } from '../worksheet/case-costs.ts';
import { orderOptions, type Order } from '../../domain/option-order.ts';
import { OrderPicker } from '../results/OrderPicker.tsx';
import { ProtectionStep } from '../results/ProtectionStep.tsx';
import { StagesNote } from '../results/StagesNote.tsx';
import { stagesMessages } from '../results/stages.messages.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { resultsMessages } from '../results/results.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

const FEW_ANSWERS = 5;
/** Cards shown before "Show all": enough to compare, light enough for a phone. */
const FIRST_SHOWN = 6;
/** Cards in the first frame: what a phone screen shows; the rest of the first six follow right after. */
const FIRST_FRAME = 3;

export default function ResultsPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  return <CaseGate store={store}>{(record) => <Results record={record} store={store} />}</CaseGate>;
}

function Results(props: { record: () => CaseRecord; store: CaseStore }) {
  const m = () => t(resultsMessages);
  createPageTitle(() => m().title);
  const questionnaire = () => localizedData().questionnaire;
  const rules = () => localizedData().rules;
  // What-ifs work on a copy of the answers: the stored case changes only when one is kept.
  const whatIf = createWhatIf(() => props.record().answers, props.store);
  const answers = () => whatIf.answers();
  const visible = createMemo(() => visibleQuestions(questionnaire(), answers()));
  const profile = createMemo(() => answersToProfile(questionnaire(), answers()));
  // The worksheet's claim, when written: court fee scales are set by the amount claimed.
  const claim = () => worksheetClaim(props.record().worksheet);
  // The ranking first; what would change it is worked out when that section renders, after the first paint.
  const analysis = createMemo(() => analyse(profile(), rules(), { sensitivity: false }));
  const storedAnalysis = createMemo(() =>
    whatIf.active()
      ? analyse(answersToProfile(questionnaire(), props.record().answers), rules(), { sensitivity: false })
      : analysis(),
  );
  const moves = createMemo(() => (whatIf.active() ? compareRankings(storedAnalysis(), analysis()) : []));
  const explored = createMemo(() => analyse(profile(), rules()));
  const changes = () => explored().sensitivity;
  const [order, setOrder] = createSignal<Order>('fit');
  const available = createMemo(() =>
    orderOptions(
      analysis().options.filter((o) => o.available),
      rules(),
      order(),
    ),
  );
  const [showAll, setShowAll] = createSignal(false);
  const unavailable = () => analysis().options.filter((o) => !o.available);
  const answeredCount = () => visible().filter((q) => answers()[q.id] != null).length;
  // Ranks and scores before the last kept or undone what-if, so each card can show how far it moved.
  const [before, setBefore] = createSignal<ReadonlyMap<string, RankedOption>>(new Map());
  const ranksOf = (of: typeof analysis) => new Map(of().options.map((o) => [o.id, o]));

  // The ranking paints first; what-ifs and the rest follow in their own task, so the page answers taps sooner.
  const restShown = createAfterFirstPaint();
  const shown = () => (showAll() ? available() : available().slice(0, restShown() ? FIRST_SHOWN : FIRST_FRAME));
  onMount(() => void props.store.markAnalysed(rules().version));

  let banner: HTMLElement | undefined;
  let ranking: HTMLOListElement | undefined;
  /** Brings the what-if into view where the ranking starts, and moves focus there for a screen reader too. */
  const showWhatIf = () => {
    banner?.scrollIntoView({ block: 'start' });
    banner?.focus({ preventScroll: true });
  };
  const tryAnswer = (questionId: string, value: AnswerValue | null) => {
    if (!whatIf.active()) setBefore(ranksOf(analysis));
    whatIf.tryAnswer(questionId, value);
  };
  const moved = (option: RankedOption) => {
    const previous = (whatIf.active() ? ranksOf(storedAnalysis) : before()).get(option.id);
    return previous
      ? { places: previous.rank - option.rank, points: option.score - previous.score }
      : { places: 0, points: 0 };
  };
  const bar = (option: RankedOption) => makeScoreBar(available(), option.score);

  return (
    <section class="page results">
      <h1>{m().title}</h1>
      <p class="lead">
        {m().lead} {rules().ratingsLabel}
      </p>
      <Show when={answeredCount() < FEW_ANSWERS}>
        <p class="notice warn" role="note">
          {m().roughRanking(answeredCount(), visible().length)}{' '}
          <A href={reviewPath(props.record().id)}>{m().answerMore}</A>
        </p>
      </Show>
      <SaveStatus error={props.store.saveError()} />
      <Show when={analysis().protection}>{(step) => <ProtectionStep step={step()} rules={rules()} />}</Show>
      <StagesNote analysis={analysis()} rules={rules()} />
      <WhatIfBanner
        whatIf={whatIf}
        moves={moves()}
        questionnaire={questionnaire()}
        rules={rules()}
        ref={(element) => {
          banner = element;
        }}
        onBack={() => ranking?.focus()}
      />
      <OrderPicker order={order()} onOrder={setOrder} />
      <ol
        class="option-list"
        classList={{ 'what-if-ranking': whatIf.active() }}
        aria-label={
          whatIf.active()
            ? t(whatIfMessages).title
            : { fit: m().optionsBestFirst, cost: m().optionsByCost, time: m().optionsByTime }[order()]
        }
        tabindex="-1"
        ref={ranking}
      >
        <For each={shown()}>
          {(option) => (
            <li>
              <OptionCard
                option={option}
                rules={rules()}
                profile={profile()}
                bar={bar(option)}
                moved={moved(option)}
                claim={claim()}
              />
            </li>
          )}
        </For>
      </ol>
      <Show when={!showAll() && available().length > FIRST_SHOWN}>
        <button type="button" class="button show-all" onClick={() => setShowAll(true)}>
          {m().showAll(available().length)}
        </button>
      </Show>

      <p class="find-mediator">
        <A class="button primary" href={`/case/${props.record().id}/mediators`}>
          {m().findMediator}
        </A>{' '}
        <A class="button" href={worksheetPath(props.record().id)}>
          {t(componentsMessages).worksheet}
        </A>{' '}
        <A class="button" href={reportPath(props.record().id)}>
          {t(componentsMessages).report}
        </A>{' '}
        <A class="button" href={togetherPath(props.record().id)}>
          {t(componentsMessages).chooseTogether}
        </A>
      </p>

      <Show when={restShown()}>
        <PlaceNotes rules={rules()} profile={profile()} />

        <h2>{t(stagesMessages).firmness}</h2>
        <Show when={explored().firmness}>
          {(firmness) => (
            <FirmnessNote
              firmness={firmness()}
              rules={rules()}
              questionnaire={questionnaire()}
              caseId={props.record().id}
              shown={new Set(visible().map((q) => q.id))}
            />
          )}
        </Show>

        <h2>{m().whatWouldChange}</h2>
        <ChangeList
          changes={changes()}
          rules={rules()}
          questionnaire={questionnaire()}
          shown={new Set(visible().map((q) => q.id))}
          onTry={(questionId, value) => {
            tryAnswer(questionId, value);
            showWhatIf();
          }}
        />

        <h2>{m().tryDifferent}</h2>
        <p>{t(whatIfMessages).panelText}</p>
        <WhatIfPanel
          questionnaire={questionnaire()}
          rules={rules()}
          visible={visible()}
          answers={answers()}
          onChange={tryAnswer}
        />
        <Show when={whatIf.active()}>
          <WhatIfActions
            whatIf={whatIf}
            onKeep={() => void whatIf.keep().then(showWhatIf)}
            onBack={() => whatIf.back()}
            onSeeRanking={showWhatIf}
          />
        </Show>

        <Show when={unavailable().length}>
          <h2>{m().doNotFit}</h2>
          <UnavailableList options={unavailable()} rules={rules()} />
        </Show>
      </Show>

      <p class="muted small">
        {m().rulesVersion(rules().version)} <A href={reviewPath(props.record().id)}>{m().reviewAll}</A>
      </p>
    </section>
  );
}
