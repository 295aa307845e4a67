// What users weigh when they choose (availability, fees, background, safeguarding), invented for a demo profile.
// Drawn from a stream of its own, so adding these fields left every other demo field as it was.
import { addMonths } from '../../domain/registry/dates.ts';
import type { Background, FeeBasis, MediatorProfile, PracticeArea } from '../../domain/registry/types.ts';
import type { Rng } from './prng.ts';

/** The bio opens with one of these backgrounds (texts.ts): the structured field says the same thing. */
const FROM_BIO: Readonly<Record<string, readonly Background[]>> = {
  'former commercial litigator': ['lawyer'],
  'chartered engineer': ['engineer'],
  'family therapist': ['psychologist'],
  'former human resources director': ['human-resources'],
  'social worker by training': ['social-work'],
  'former in-house counsel': ['lawyer'],
  'chartered surveyor': ['architect-surveyor'],
  'former bank compliance officer': ['finance'],
  'lecturer in conflict studies': ['academic'],
  'former insurance claims manager': ['business'],
  architect: ['architect-surveyor'],
  'clinical psychologist': ['psychologist'],
  'former court registrar': ['lawyer'],
  'tax adviser': ['accountant'],
  'public health physician': ['healthcare'],
};

const CARING: readonly PracticeArea[] = ['family', 'community', 'workplace', 'employment', 'wills-estates'];

function backgroundsOf(rng: Rng, profile: MediatorProfile): Background[] | undefined {
  const opening = /^An? (.+?) based in /.exec(profile.bio)?.[1];
  const fromBio = opening ? FROM_BIO[opening] : undefined;
  if (!fromBio || !rng.chance(0.85)) return undefined;
  const list: Background[] = [...fromBio];
  if (list.includes('lawyer') && (profile.yearsPractising ?? 0) >= 15 && rng.chance(0.2)) list.push('judge');
  else if (rng.chance(0.1)) {
    const second = rng.pick<Background>(['lawyer', 'accountant', 'business', 'academic']);
    if (!list.includes(second)) list.push(second);
  }
  return list;
}

function availabilityOf(rng: Rng, asOf: string): MediatorProfile['availability'] {
  if (!rng.chance(0.85)) return undefined;
  const kind = rng.weighted([
    ['now', 70],
    ['later', 20],
    ['not', 10],
  ] as const);
  if (kind === 'now') return { takingNewCases: true };
  if (kind === 'not') return { takingNewCases: false };
  return { takingNewCases: false, from: addMonths(asOf, rng.int(1, 6)).slice(0, 7) };
}

function feesOf(rng: Rng, profile: MediatorProfile): MediatorProfile['fees'] {
  if (!rng.chance(0.7)) return undefined;
  const caring = profile.practiceAreas.some((a) => CARING.includes(a));
  const basis = rng.weighted<FeeBasis>([
    ['hourly', 35],
    ['daily', caring ? 10 : 30],
    ['per-session', caring ? 25 : 10],
    ['fixed', 10],
    ['sliding-scale', caring ? 20 : 3],
  ]);
  const years = profile.yearsPractising ?? rng.int(2, 20);
  const band = rng.weighted([
    ['low', years < 8 ? 40 : 15],
    ['medium', 45],
    ['high', years >= 15 ? 40 : 15],
  ] as const);
  return { basis, band };
}

/** The profile with the weighed fields in the type's key order, so every record reads the same. */
export function withWeighedFields(rng: Rng, profile: MediatorProfile, asOf: string): MediatorProfile {
  const caring = profile.practiceAreas.some((a) => CARING.includes(a));
  const { demo, ...head } = profile;
  const weighed: Partial<MediatorProfile> = {
    availability: availabilityOf(rng, asOf),
    fees: feesOf(rng, profile),
    backgrounds: backgroundsOf(rng, profile),
    ...(rng.chance(0.6) ? { safeguardingTrained: rng.chance(caring ? 0.7 : 0.2) } : {}),
    ...(rng.chance(0.5) ? { shuttle: rng.chance(0.6) } : {}),
  };
  // The demo bios are composed in English.
  const { yearsPractising, mediationsCount, multiParty, coMediation, bio, ...first } = head;
  const ordered = {
    ...first,
    bio,
    bioLanguage: 'en',
    yearsPractising,
    mediationsCount,
    multiParty,
    coMediation,
    ...weighed,
    demo,
  };
  return JSON.parse(JSON.stringify(ordered)) as MediatorProfile;
}
