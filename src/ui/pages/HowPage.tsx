import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../app/i18n.ts';
import { createPageTitle } from '../app/page-title.ts';
import { howMessages } from './how.messages.ts';

type Key = keyof (typeof howMessages)['en'];

interface Part {
  readonly id: string;
  readonly heading: Key;
  /** A list, for things one can do. */
  readonly points?: readonly Key[];
  /** Prose, for an explanation read in order: each paragraph a run of sentences. */
  readonly paragraphs?: readonly (readonly Key[])[];
  readonly links: readonly { readonly href: string; readonly text: Key }[];
}

/** Who you are first, then how it decides and what happens to your data. */
const PARTS: readonly Part[] = [
  {
    id: 'party',
    heading: 'partyHeading',
    points: [
      'partyAnswer',
      'partyRanked',
      'partyChange',
      'partyWhatIf',
      'partyWorksheet',
      'partyReport',
      'partyTogether',
      'partyMediator',
    ],
    links: [
      { href: '/', text: 'partyStart' },
      { href: '/together', text: 'partyCode' },
      { href: '/mediators', text: 'partyFind' },
    ],
  },
  {
    id: 'counsel',
    heading: 'counselHeading',
    points: ['counselSame', 'counselReport', 'counselVersion', 'counselSources', 'counselFile', 'counselDigest'],
    links: [],
  },
  {
    id: 'young',
    heading: 'youngHeading',
    points: ['youngMentor', 'youngStandards'],
    links: [
      { href: '/mediators/mentors', text: 'youngMentorLink' },
      { href: '/standards', text: 'youngStandardsLink' },
    ],
  },
  {
    id: 'trainer',
    heading: 'trainerHeading',
    points: [
      'trainerScenarios',
      'trainerPresenter',
      'trainerFlip',
      'trainerPhones',
      'trainerNotes',
      'trainerTimer',
      'trainerHandout',
    ],
    links: [{ href: '/workshop', text: 'trainerLink' }],
  },
  {
    id: 'ranking',
    heading: 'rankingHeading',
    paragraphs: [
      ['rankingGates', 'rankingFirst', 'rankingScores', 'rankingTies'],
      ['rankingRatings', 'rankingAdvice'],
    ],
    links: [],
  },
  {
    id: 'data',
    heading: 'dataHeading',
    points: ['dataDevice', 'dataShare', 'dataPassphrase', 'dataFile'],
    links: [{ href: '/protect', text: 'dataLink' }],
  },
  {
    id: 'sources',
    heading: 'sourcesHeading',
    points: ['sourcesRegistry', 'sourcesBadges', 'sourcesDemo'],
    links: [{ href: '/mediators', text: 'sourcesLink' }],
  },
];

/** "How Olé works": what each kind of user can do, before how it ranks and where data lives. */
export default function HowPage() {
  const m = () => t(howMessages);
  createPageTitle(() => m().title);
  const text = (key: Key) => m()[key];
  return (
    <section class="page narrow how">
      <h1>{m().title}</h1>
      <p class="lead">{m().lead}</p>
      <For each={PARTS}>
        {(part) => (
          <section class="standard-card" aria-labelledby={`how-${part.id}`}>
            <h2 id={`how-${part.id}`}>{text(part.heading)}</h2>
            <For each={part.paragraphs}>{(sentences) => <p>{sentences.map(text).join(' ')}</p>}</For>
            <Show when={part.points}>
              {(points) => (
                <ul>
                  <For each={points()}>{(point) => <li>{text(point)}</li>}</For>
                </ul>
              )}
            </Show>
            <For each={part.links}>
              {(link) => (
                <p class="how-link">
                  <A href={link.href}>{text(link.text)}</A>
                </p>
              )}
            </For>
          </section>
        )}
      </For>
    </section>
  );
}
