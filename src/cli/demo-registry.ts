// The demo registry: about 600 invented mediators, their digests and a few revocations, the same on every run.
import { addDays, addMonths } from '../domain/registry/dates.ts';
import type { FeedbackDigest, MediatorProfile, Revocation, RevocationReason } from '../domain/registry/types.ts';
import { drawName, drawPlace, makeProfile } from './demo/profile.ts';
import type { Place } from './demo/places.ts';
import { createRng, type Rng } from './demo/prng.ts';
import { NAME_POOLS } from './demo/names.ts';
import { composeDigestText } from './demo/texts.ts';
import { withWeighedFields } from './demo/weighed.ts';

export const DEMO_AS_OF = '2026-11-01';
export const DEMO_COUNT = 600;
/** The demo feed's sequence: bump it whenever the generator's output changes (a test pins the output's hash). */
export const DEMO_FEED_SEQUENCE = 1;
const SEED = 'ole-demo-registry-v1';

export type DemoRegistry = { profiles: MediatorProfile[]; digests: FeedbackDigest[]; revocations: Revocation[] };

/** How a profile's digest stands on asOf, chosen per mediator so every rule of certification-status.ts shows up. */
type Story = 'current' | 'stale' | 'grace' | 'new-with-digest' | 'past-grace';
const STORIES: readonly (readonly [Story, number])[] = [
  ['current', 78],
  ['stale', 10],
  ['grace', 5],
  ['new-with-digest', 3],
  ['past-grace', 4],
];

const REVIEWER_ROLES = [
  'Practising mediator, independent of the mediator reviewed',
  'Mediation trainer',
  'Senior mediator, Demo Mediation Institute',
  'Reviewer for a Demo QAP',
  'Retired judge and mediator',
  'Director, Demo Centre for Dispute Resolution',
];

function reviewers(): { name: string; role: string }[] {
  const rng = createRng(`${SEED}:reviewers`);
  return Array.from({ length: 48 }, () => {
    const pool = NAME_POOLS[rng.pick(Object.keys(NAME_POOLS))]!;
    return { name: `${rng.pick(pool.given)} ${rng.pick(pool.family)}`, role: rng.pick(REVIEWER_ROLES) };
  });
}

/** A day between `from` and `to` (inclusive), both ISO dates. */
function dayBetween(rng: Rng, from: string, to: string): string {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, rng.int(0, Math.max(0, days)));
}

function firstCertification(rng: Rng, story: Story, asOf: string): string {
  switch (story) {
    case 'current':
      return dayBetween(rng, addMonths(asOf, -144), addMonths(asOf, -8));
    case 'stale':
      return dayBetween(rng, addMonths(asOf, -144), addMonths(asOf, -50));
    case 'grace':
      return dayBetween(rng, addMonths(asOf, -6), asOf);
    case 'new-with-digest':
      return dayBetween(rng, addMonths(asOf, -5), addMonths(asOf, -1));
    case 'past-grace':
      return dayBetween(rng, addMonths(asOf, -20), addDays(addMonths(asOf, -6), -1));
  }
}

function digestDate(rng: Rng, story: Story, certifiedOn: string, asOf: string): string | undefined {
  switch (story) {
    case 'current': {
      const earliest = addMonths(asOf, -23);
      return dayBetween(rng, certifiedOn > earliest ? certifiedOn : earliest, asOf);
    }
    case 'stale':
      return dayBetween(rng, addMonths(asOf, -46), addDays(addMonths(asOf, -24), -1));
    case 'new-with-digest':
      return dayBetween(rng, addDays(certifiedOn, 14), asOf);
    default:
      return undefined;
  }
}

/** Redraws a taken name; large registries (benchmarks) run out of pairs, so then a middle initial or two. */
function uniqueName(rng: Rng, place: Place, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const [given, ...family] = drawName(rng, place).split(' ');
    const initials =
      attempt < 20
        ? []
        : Array.from({ length: attempt < 60 ? 1 : 2 }, () => `${String.fromCharCode(65 + rng.int(0, 25))}.`);
    const name = [given, ...initials, ...family].join(' ');
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const REASONS: readonly RevocationReason[] = [
  'conduct',
  'complaint-upheld',
  'lapsed',
  'voluntary',
  'complaint-upheld',
  'lapsed',
  'other',
];

export function generateDemoRegistry(asOf: string = DEMO_AS_OF, count: number = DEMO_COUNT): DemoRegistry {
  const names = new Set<string>();
  const pool = reviewers();
  const profiles: MediatorProfile[] = [];
  const digests: FeedbackDigest[] = [];
  for (let i = 1; i <= count; i++) {
    const rng = createRng(`${SEED}:${i}`);
    const id = `demo-${String(i).padStart(4, '0')}`;
    const place = drawPlace(rng);
    const name = uniqueName(rng, place, names);
    const story = rng.weighted(STORIES);
    const first = firstCertification(rng, story, asOf);
    const made = makeProfile(rng, id, name, place, first, asOf);
    const profile = withWeighedFields(createRng(`${SEED}:${i}:weighed`), made, asOf);
    profiles.push(profile);
    const date = digestDate(rng, story, first, asOf);
    if (date) {
      const forms = rng.int(profile.certifications.some((c) => c.kind === 'mediation-advocate') ? 10 : 6, 40);
      const text = composeDigestText(rng, profile, forms, Number(first.slice(0, 4)));
      digests.push({ mediatorId: id, text, language: 'en', reviewer: rng.pick(pool), date });
    }
  }
  const rng = createRng(`${SEED}:revocations`);
  // About 1 in 85 profiles revoked (7 of the 600), between 1 and 10 whatever the size.
  const revoked = rng
    .sample(profiles, Math.max(1, Math.min(10, Math.round(count / 85))))
    .map((p) => p.id)
    .sort();
  const revocations = revoked.map(
    (mediatorId, i): Revocation => ({
      mediatorId,
      date: dayBetween(rng, addMonths(asOf, -18), asOf),
      reasonCode: REASONS[i % REASONS.length]!,
    }),
  );
  return { profiles, digests, revocations };
}
