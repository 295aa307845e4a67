import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { compareFragment } from '../../domain/workshop/compare-fragment.ts';
import { t } from '../app/i18n.ts';
import { createPageTitle } from '../app/page-title.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';
import { guideMessages } from '../workshop/guide.messages.ts';
import { COMPARE_PATH, presentPath, WORKSHOP_PATH } from '../workshop/paths.ts';
import { localText } from '../workshop/scenario-text.ts';
import { findScenario } from '../workshop/scenarios.ts';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import '../styles/workshop.css';
import '../styles/guide.css';

type Messages = (typeof guideMessages)['en'];
/** The catalogue's plain texts (not its functions of values). */
type Key = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** One step of a plan: its minutes, its name and what the trainer does. */
type Step = { readonly from: number; readonly to: number; readonly name: Key; readonly text: Key };

/** Twenty minutes for one scenario, paced on the presenter's own steps and its 20-minute timer. */
const SHORT_PLAN: readonly Step[] = [
  { from: 0, to: 3, name: 'shortStory', text: 'shortStoryText' },
  { from: 3, to: 8, name: 'shortAnswers', text: 'shortAnswersText' },
  { from: 8, to: 11, name: 'shortGuess', text: 'shortGuessText' },
  { from: 11, to: 15, name: 'shortReveal', text: 'shortRevealText' },
  { from: 15, to: 19, name: 'shortFlip', text: 'shortFlipText' },
  { from: 19, to: 20, name: 'shortClose', text: 'shortCloseText' },
];

/** Forty-five minutes: two scenarios, the room's show of hands on the first, then both side by side. */
const LONG_PLAN: readonly Step[] = [
  { from: 0, to: 5, name: 'longOpen', text: 'longOpenText' },
  { from: 5, to: 18, name: 'longFirst', text: 'longFirstText' },
  { from: 18, to: 23, name: 'longRoom', text: 'longRoomText' },
  { from: 23, to: 36, name: 'longSecond', text: 'longSecondText' },
  { from: 36, to: 42, name: 'longCompare', text: 'longCompareText' },
  { from: 42, to: 45, name: 'longClose', text: 'longCloseText' },
];

/** Pairs of scenarios whose rankings lead with different processes: what the 45-minute plan contrasts. */
const PAIRS: readonly { readonly a: string; readonly b: string; readonly text: Key }[] = [
  { a: 'late-deliveries', b: 'distribution-abroad', text: 'pairContracts' },
  { a: 'harbour-bridge', b: 'rent-review', text: 'pairTechnical' },
];

function Plan(props: { steps: readonly Step[]; label: string }) {
  const m = () => t(guideMessages);
  return (
    <ol class="guide-plan" aria-label={props.label}>
      <For each={props.steps}>
        {(step) => (
          <li>
            <span class="guide-time">{m().minutes(step.from, step.to)}</span>
            <span class="guide-step">
              <strong>{m()[step.name]}</strong> {m()[step.text]}
            </span>
          </li>
        )}
      </For>
    </ol>
  );
}

/** The trainer's guide: two workshop plans and how to run them offline, on at most two printed A4 pages. */
export default function GuidePage() {
  const m = () => t(guideMessages);
  const w = () => t(workshopMessages);
  const colon = () => t(punctuationMessages).colon;
  createPageTitle(() => m().title);
  const title = (id: string) => localText(findScenario(id)!.title);
  return (
    <article class="page guide">
      <p class="actions no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          {w().print}
        </button>
        <A class="button" href={WORKSHOP_PATH}>
          {w().backToLibrary}
        </A>
      </p>
      <h1>{m().title}</h1>
      <p class="lead">{m().lead}</p>

      <section aria-labelledby="guide-prepare">
        <h2 id="guide-prepare">{m().prepareHeading}</h2>
        <ul>
          <li>{m().prepareScenario}</li>
          <li>{m().prepareHandout}</li>
          <li>{m().prepareLaptop}</li>
        </ul>
      </section>

      <section aria-labelledby="guide-short" data-plan="20">
        <h2 id="guide-short">{m().shortHeading}</h2>
        <p>{m().shortIntro}</p>
        <Plan steps={SHORT_PLAN} label={m().shortHeading} />
      </section>

      <section aria-labelledby="guide-long" data-plan="45">
        <h2 id="guide-long">{m().longHeading}</h2>
        <p>{m().longIntro}</p>
        <ul class="guide-pairs">
          <For each={PAIRS}>
            {(pair) => (
              <li>
                <A href={presentPath(pair.a)}>{title(pair.a)}</A> · <A href={presentPath(pair.b)}>{title(pair.b)}</A>
                {colon()}
                {m()[pair.text]}
                <span class="no-print">
                  {' · '}
                  <A
                    href={`${COMPARE_PATH}${compareFragment({ a: { scenarioId: pair.a }, b: { scenarioId: pair.b } })}`}
                  >
                    {m().compareThem}
                  </A>
                </span>
              </li>
            )}
          </For>
        </ul>
        <Plan steps={LONG_PLAN} label={m().longHeading} />
      </section>

      <section aria-labelledby="guide-offline">
        <h2 id="guide-offline">{m().offlineHeading}</h2>
        <ul>
          <li>{m().offlineOnce}</li>
          <li>{m().offlineCheck}</li>
          <li>{m().offlineNotes}</li>
          <li>{m().offlinePhones}</li>
          <li>{m().offlineScreen}</li>
        </ul>
        <h3>{m().keysHeading}</h3>
        <p class="guide-keys">
          <kbd>→</kbd>/<kbd>{w().keySpace}</kbd> {w().keyNext} · <kbd>←</kbd> {w().keyBack} · <kbd>R</kbd>{' '}
          {w().keyReveal} · <kbd>F</kbd> {w().keyFlip} · <kbd>T</kbd> {m().keyTimer} · <kbd>{w().keyEsc}</kbd>{' '}
          {w().keyLeave}
        </p>
        <p class="muted">{m().keysNote}</p>
      </section>
    </article>
  );
}
