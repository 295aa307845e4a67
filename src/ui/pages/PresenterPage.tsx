import { A, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import { choiceLabel } from '../../domain/questions.ts';
import { flipFragment } from '../../domain/workshop/flip.ts';
import { presenterSteps, stepIndex, type PresenterStep } from '../../domain/workshop/presenter-steps.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { clockText, isDone, isRunning, newTimer, remaining, toggleTimer } from '../../domain/workshop/timer.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { QrCode } from '../components/QrCode.tsx';
import { ThemeToggle } from '../components/ThemeToggle.tsx';
import { createFragmentFlip } from '../workshop/create-fragment-flip.ts';
import { createScenarioAnalysis } from '../workshop/create-scenario-analysis.ts';
import { FlipPicker } from '../workshop/FlipPicker.tsx';
import { notesPath, scenarioPath, WORKSHOP_PATH } from '../workshop/paths.ts';
import { createPresenterChannel } from '../workshop/create-presenter-channel.ts';
import { createRoomVotes } from '../workshop/create-room-votes.ts';
import { downloadVotes } from '../workshop/export-votes.ts';
import { RoomRanking } from '../workshop/RoomRanking.tsx';
import { choiceIndexOfKey, KEYED_CHOICES } from '../workshop/hand-keys.ts';
import { ShowOfHands } from '../workshop/ShowOfHands.tsx';
import { votesMessages } from '../workshop/votes.messages.ts';
import { ScenarioBadges } from '../workshop/ScenarioBadges.tsx';
import { ScenarioGate } from '../workshop/ScenarioGate.tsx';
import { areaName, localText } from '../workshop/scenario-text.ts';
import { TopOptions } from '../workshop/TopOptions.tsx';
import { WhatMoved } from '../workshop/WhatMoved.tsx';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import '../styles/workshop.css';

/** Options on the ranking slide and options that moved on the flip slide: what a projector shows legibly. */
const TOP_SHOWN = 3;
const MOVES_SHOWN = 3;
/** Options in each ranking on the room's slide, and the moves told after those ruled out or in. */
const ROOM_TOP_SHOWN = 5;
const ROOM_MOVES_SHOWN = 3;
const ROOM_ANSWERS_SHOWN = 4;

export default function PresenterPage() {
  const params = useParams<{ scenarioId: string }>();
  return <ScenarioGate id={params.scenarioId}>{(scenario) => <Presenter scenario={scenario()} />}</ScenarioGate>;
}

/** Keys typed into a form control belong to it; Space on a button or link presses it. */
function belongsToControl(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, select, textarea, [contenteditable="true"]')) return true;
  return event.key === ' ' && Boolean(target?.closest('button, a, summary'));
}

/** The participant view's full address, flip included, for the QR code. */
const participantUrl = (scenario: Scenario, fragment: string) =>
  new URL(scenarioPath(scenario.id) + fragment, window.location.origin).href;

/** The same address written to be typed: no scheme, the flip unescaped ("localhost/workshop/x#flip=q.relationship:0"). */
export const shortUrl = (url: string) => {
  const u = new URL(url);
  const hash = u.hash.replace(/^#flip=(.*)$/, (_all, raw: string) => `#flip=${decodeURIComponent(raw)}`);
  return `${u.host}${u.pathname}${hash}`;
};

/** The workshop's countdown, started with the presenter; a soft glow and a quiet line when the time is up, no sound. */
function createWorkshopTimer() {
  const [timer, setTimer] = createSignal(toggleTimer(newTimer(), Date.now()));
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1000);
  onCleanup(() => clearInterval(tick));
  const toggle = () => {
    setNow(Date.now());
    setTimer(toggleTimer(timer(), now()));
  };
  return {
    left: () => remaining(timer(), now()),
    done: () => isDone(timer(), now()),
    running: () => isRunning(timer()),
    toggle,
  };
}

function WorkshopTimer(props: { timer: ReturnType<typeof createWorkshopTimer> }) {
  const m = () => t(workshopMessages);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of controls, not a form section; the role names it
    <div
      class="workshop-timer"
      classList={{ done: props.timer.done(), paused: !props.timer.running() }}
      role="group"
      aria-label={m().timer}
    >
      <span class="timer-clock" role="timer">
        {m().timeLeft(clockText(props.timer.left()))}
      </span>
      <button
        type="button"
        class="button"
        onClick={() => props.timer.toggle()}
        aria-pressed={!props.timer.running()}
        disabled={props.timer.done()}
      >
        {props.timer.running() ? m().pauseTimer : m().startTimer}
      </button>
      <span class="timer-end" role="status">
        {props.timer.done() ? m().timeUp : ''}
      </span>
    </div>
  );
}

/** A QR code large enough to scan from the back of the room, with its address written beside it. */
function RoomQr(props: { url: string; title: string; caption: string }) {
  const m = () => t(workshopMessages);
  return (
    <figure class="qr-figure">
      <QrCode text={props.url} label={m().qrLabel(props.title)} />
      <figcaption>
        {props.caption}
        <br />
        <a class="qr-url" href={props.url}>
          {/* Lines break after a slash or before the fragment, not inside a word. */}
          <For each={shortUrl(props.url).split(/(?<=\/)|(?=#)/)}>
            {(part) => (
              <>
                <wbr />
                <span class="url-part">{part}</span>
              </>
            )}
          </For>
        </a>
      </figcaption>
    </figure>
  );
}

/** The keys that count hands on this question: one per choice, up to 9 and then 0 for the tenth. */
function HandKeys(props: { choices: number }) {
  const v = () => t(votesMessages);
  const last = () => Math.min(props.choices, KEYED_CHOICES);
  return (
    <>
      <kbd>1</kbd>–<kbd>{last() < KEYED_CHOICES ? last() : 9}</kbd>
      <Show when={last() === KEYED_CHOICES}>
        , <kbd>0</kbd>
      </Show>{' '}
      {v().keyHand} · <kbd>{v().keyBackspace}</kbd> {v().keyUndo} ·{' '}
    </>
  );
}

function Presenter(props: { scenario: Scenario }) {
  const m = () => t(workshopMessages);
  const navigate = useNavigate();
  const [flip, setFlip] = createFragmentFlip();
  const analysis = createScenarioAnalysis(() => props.scenario, flip);
  const steps = createMemo(() => presenterSteps(props.scenario, localizedData().questionnaire));
  // A link that already carries a flip opens on the flip.
  const [index, setIndex] = createSignal(flip() ? stepIndex(steps(), 'flip') : 0);
  const step = () => steps()[Math.min(index(), steps().length - 1)]!;
  const go = (to: number) => setIndex(Math.max(0, Math.min(steps().length - 1, to)));
  const reveal = () => go(stepIndex(steps(), 'ranking'));
  const showFlip = () => {
    if (!flip()) setFlip(props.scenario.suggestedFlip);
    go(stepIndex(steps(), 'flip'));
  };
  const showRoom = () => go(stepIndex(steps(), 'room'));
  const leave = () => navigate(WORKSHOP_PATH);
  const timer = createWorkshopTimer();
  const room = createRoomVotes(() => props.scenario.id);
  const v = () => t(votesMessages);
  const questionOf = (id: string) => localizedData().questionnaire.questions.find((q) => q.id === id)!;
  const exportVotes = () => void room.settled().then(() => downloadVotes());

  /** On a prepared answer's slide, a number key counts a hand for its choice and Backspace takes the last one back. */
  const onVoteKey = (event: KeyboardEvent): boolean => {
    const current = step();
    if (current.kind !== 'answer') return false;
    const question = questionOf(current.questionId);
    const choice = question.choices[choiceIndexOfKey(event) ?? -1];
    if (choice) room.add(question.id, choice.value);
    else if (event.key === 'Backspace') room.undo(question.id);
    else return false;
    return true;
  };

  // The notes window follows the slides and can move them.
  const post = createPresenterChannel(
    () => props.scenario.id,
    (message) => {
      if (message.type === 'go') go(message.index);
      if (message.type === 'hello') announce();
    },
  );
  const announce = () =>
    post({
      type: 'step',
      scenarioId: props.scenario.id,
      index: Math.min(index(), steps().length - 1),
      fragment: flipFragment(flip()),
    });
  createEffect(on([index, flip], announce));

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || belongsToControl(event)) return;
    if (onVoteKey(event)) {
      event.preventDefault();
      return;
    }
    const actions: Record<string, () => void> = {
      ArrowRight: () => go(index() + 1),
      ' ': () => go(index() + 1),
      ArrowLeft: () => go(index() - 1),
      r: reveal,
      R: reveal,
      f: showFlip,
      F: showFlip,
      t: timer.toggle,
      T: timer.toggle,
      v: showRoom,
      V: showRoom,
      Escape: leave,
    };
    // The letter keys by their place too: with an Arabic layout, the R key types ق.
    const byPlace: Record<string, () => void> = { KeyR: reveal, KeyF: showFlip, KeyT: timer.toggle, KeyV: showRoom };
    const action = actions[event.key] ?? byPlace[event.code];
    if (!action) return;
    event.preventDefault();
    action();
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));
  // The projector shows the slides only: no app header, navigation or footer while presenting.
  onMount(() => document.documentElement.classList.add('presenting'));
  onCleanup(() => document.documentElement.classList.remove('presenting'));

  return (
    <section class="page presenter" aria-labelledby="presenter-title">
      <header class="presenter-bar">
        <h1 id="presenter-title">{localText(props.scenario.title)}</h1>
        <ScenarioBadges area={areaName(props.scenario.area)} />
        <p class="presenter-step" aria-live="polite">
          {m().slideOf(index() + 1, steps().length)}
        </p>
        <WorkshopTimer timer={timer} />
        <div class="presenter-settings">
          <LanguageSwitch />
          <ThemeToggle />
        </div>
      </header>

      <div class="slide" data-step={step().kind} data-index={Math.min(index(), steps().length - 1)}>
        <Switch>
          <Match when={step().kind === 'narrative'}>
            <div class="slide-narrative">
              <p class="narrative">{localText(props.scenario.narrative)}</p>
              <RoomQr
                url={participantUrl(props.scenario, '')}
                title={localText(props.scenario.title)}
                caption={m().scanToFollow}
              />
            </div>
          </Match>
          <Match when={step().kind === 'answer' && (step() as Extract<PresenterStep, { kind: 'answer' }>)}>
            {(answer) => {
              const question = () => questionOf(answer().questionId);
              return (
                <div class="slide-answer">
                  <div class="answer-prepared">
                    <p class="muted">{m().answerOf(answer().number, answer().of)}</p>
                    <h2>{question().text}</h2>
                    <p class="answer-value">
                      {choiceLabel(question(), props.scenario.answers[question().id]) ?? m().notSure}
                    </p>
                  </div>
                  <ShowOfHands
                    question={question()}
                    prepared={props.scenario.answers[question().id] ?? null}
                    votes={room.votes()}
                    ready={room.ready()}
                    stored={room.stored()}
                    onHand={(value, by) => room.add(question().id, value, by)}
                  />
                </div>
              );
            }}
          </Match>
          <Match when={step().kind === 'ranking'}>
            <div class="slide-ranking">
              <div>
                <h2>{m().topOptions}</h2>
                <TopOptions analysis={analysis.before()} count={TOP_SHOWN} reasons={2} label={m().topOptions} />
              </div>
              <div class="discuss">
                <h3>{m().pointsToDiscuss}</h3>
                <ul class="teaching-points">
                  <For each={props.scenario.teachingPoints}>{(point) => <li>{localText(point)}</li>}</For>
                </ul>
              </div>
            </div>
          </Match>
          <Match when={step().kind === 'flip'}>
            <h2>{m().flipTitle}</h2>
            <FlipPicker scenario={props.scenario} flip={flip()} onFlip={setFlip} />
            <Show when={flip()}>
              {(current) => (
                <div class="slide-flip">
                  <WhatMoved
                    flip={current()}
                    answers={props.scenario.answers}
                    moves={analysis.moves()}
                    limit={MOVES_SHOWN}
                  />
                  <RoomQr
                    url={participantUrl(props.scenario, flipFragment(current()))}
                    title={localText(props.scenario.title)}
                    caption={m().scanFlip}
                  />
                </div>
              )}
            </Show>
          </Match>
          <Match when={step().kind === 'room'}>
            <RoomRanking
              scenario={props.scenario}
              room={room}
              top={ROOM_TOP_SHOWN}
              moves={ROOM_MOVES_SHOWN}
              answers={ROOM_ANSWERS_SHOWN}
              onExport={exportVotes}
            />
          </Match>
        </Switch>
      </div>

      <nav class="presenter-controls" aria-label={m().presenterTitle(localText(props.scenario.title))}>
        <button type="button" class="button" onClick={() => go(index() - 1)} disabled={index() === 0}>
          {m().back}
        </button>
        <button
          type="button"
          class="button primary"
          onClick={() => go(index() + 1)}
          disabled={index() === steps().length - 1}
        >
          {m().next}
        </button>
        <button type="button" class="button" onClick={reveal}>
          {m().reveal}
        </button>
        <button type="button" class="button" onClick={showFlip}>
          {m().flip}
        </button>
        <button type="button" class="button" onClick={showRoom}>
          {v().showRoom}
        </button>
        <a class="button" href={notesPath(props.scenario.id)} target="_blank" rel="noopener">
          {m().openNotes}
        </a>
        <A class="button" href={WORKSHOP_PATH}>
          {m().leave}
        </A>
      </nav>
      <p class="key-hint">
        <span>{m().keys}:</span> <kbd>→</kbd>/<kbd>{m().keySpace}</kbd> {m().keyNext} · <kbd>←</kbd> {m().keyBack} ·{' '}
        <Show when={step().kind === 'answer' && (step() as Extract<PresenterStep, { kind: 'answer' }>)}>
          {(answer) => <HandKeys choices={questionOf(answer().questionId).choices.length} />}
        </Show>
        <kbd>R</kbd> {m().keyReveal} · <kbd>F</kbd> {m().keyFlip} · <kbd>V</kbd> {v().keyRoom} · <kbd>T</kbd>{' '}
        {m().keyTimer} · <kbd>{m().keyEsc}</kbd> {m().keyLeave}
      </p>
    </section>
  );
}
