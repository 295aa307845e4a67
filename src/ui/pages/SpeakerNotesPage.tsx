import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { choiceLabel } from '../../domain/questions.ts';
import { parseFlip } from '../../domain/workshop/flip.ts';
import { presenterSteps, type PresenterStep } from '../../domain/workshop/presenter-steps.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { createPageTitle } from '../app/page-title.ts';
import { createPresenterChannel } from '../workshop/create-presenter-channel.ts';
import { questionLabel } from '../workshop/FlipPicker.tsx';
import { presentPath } from '../workshop/paths.ts';
import { ScenarioGate } from '../workshop/ScenarioGate.tsx';
import { localText } from '../workshop/scenario-text.ts';
import { votesMessages } from '../workshop/votes.messages.ts';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import '../styles/workshop.css';
import { punctuationMessages } from '../components/punctuation.messages.ts';

/** The trainer's notes on a laptop while the projector shows the slides: it follows the presenter, and can move it. */
export default function SpeakerNotesPage() {
  const params = useParams<{ scenarioId: string }>();
  return <ScenarioGate id={params.scenarioId}>{(scenario) => <SpeakerNotes scenario={scenario()} />}</ScenarioGate>;
}

function SpeakerNotes(props: { scenario: Scenario }) {
  const m = () => t(workshopMessages);
  createPageTitle(() => m().notesTitle(localText(props.scenario.title)));
  const steps = createMemo(() => presenterSteps(props.scenario, localizedData().questionnaire));
  const [index, setIndex] = createSignal<number>();
  const [fragment, setFragment] = createSignal('');
  const post = createPresenterChannel(
    () => props.scenario.id,
    (message) => {
      if (message.type !== 'step') return;
      setIndex(Math.min(message.index, steps().length - 1));
      setFragment(message.fragment);
    },
  );
  onMount(() => post({ type: 'hello', scenarioId: props.scenario.id }));
  /** The presenter's step; undefined until it has said (step 0 is a step, so Show tests for undefined). */
  const i = () => index() ?? 0;
  const go = (to: number) =>
    post({ type: 'go', scenarioId: props.scenario.id, index: Math.max(0, Math.min(steps().length - 1, to)) });

  const question = (id: string) => localizedData().questionnaire.questions.find((q) => q.id === id)!;
  const describe = (step: PresenterStep): string => {
    if (step.kind === 'narrative') return m().stepNarrative;
    if (step.kind === 'ranking') return m().stepRanking;
    if (step.kind === 'room') return t(votesMessages).stepRoom;
    if (step.kind === 'flip') {
      const flip = parseFlip(fragment(), localizedData().questionnaire);
      if (!flip) return m().stepFlip;
      const q = question(flip.questionId);
      const sentence = m().ifInstead(
        questionLabel(q),
        choiceLabel(q, flip.value) ?? '',
        choiceLabel(q, props.scenario.answers[q.id]) ?? m().notSure,
      );
      return `${m().stepFlip}. ${sentence.replace(/\s*:$/, '')}`;
    }
    const q = question(step.questionId);
    return m().stepAnswer(q.text, choiceLabel(q, props.scenario.answers[q.id]) ?? m().notSure);
  };
  const flipQuestion = () => question(props.scenario.suggestedFlip.questionId);

  return (
    <section class="page speaker-notes" aria-labelledby="notes-title">
      <h1 id="notes-title">{m().notesTitle(localText(props.scenario.title))}</h1>
      <p class="notes-status" role="status">
        <Show
          when={index() !== undefined}
          fallback={
            <>
              {m().notesWaiting}{' '}
              <A href={presentPath(props.scenario.id)} target="_blank">
                {m().present}
              </A>
            </>
          }
        >
          {m().notesFollowing}
        </Show>
      </p>
      <Show when={index() !== undefined}>
        <div class="notes-now" data-step={steps()[i()]!.kind} data-index={i()}>
          <h2>
            {m().nowShowing} · {m().slideOf(i() + 1, steps().length)}
          </h2>
          <p class="notes-slide">{describe(steps()[i()]!)}</p>
          <p class="muted notes-next">
            {m().nextUp}
            {t(punctuationMessages).colon}
            {i() + 1 < steps().length ? describe(steps()[i() + 1]!) : m().lastSlide}
          </p>
          <p class="actions">
            <button type="button" class="button" onClick={() => go(i() - 1)} disabled={i() === 0}>
              {m().back}
            </button>
            <button
              type="button"
              class="button primary"
              onClick={() => go(i() + 1)}
              disabled={i() === steps().length - 1}
            >
              {m().next}
            </button>
          </p>
        </div>
      </Show>
      <h2>{m().pointsToDiscuss}</h2>
      <ul>
        <For each={props.scenario.teachingPoints}>{(point) => <li>{localText(point)}</li>}</For>
      </ul>
      <p>
        {m().suggestedFlipNote(
          questionLabel(flipQuestion()),
          choiceLabel(flipQuestion(), props.scenario.suggestedFlip.value) ?? '',
        )}
      </p>
      <Show when={props.scenario.speakerNotes.length}>
        <h2>{m().notesForTrainer}</h2>
        <ul class="trainer-notes">
          <For each={props.scenario.speakerNotes}>{(note) => <li>{localText(note)}</li>}</For>
        </ul>
      </Show>
    </section>
  );
}
