// One invented mediator: place, name, languages, practice, style, certifications; dates come from the caller.
import { addDays } from '../../domain/registry/dates.ts';
import type {
  Certification,
  CertificationKind,
  MediatorProfile,
  PracticeArea,
  YmiRole,
} from '../../domain/registry/types.ts';
import { NAME_POOLS } from './names.ts';
import { ENGLISH_AS_EXTRA, EXTRA_LANGUAGES, PLACES, type Place } from './places.ts';
import type { Rng } from './prng.ts';
import { qapFor } from './qaps.ts';
import { composeBio } from './texts.ts';

const AREA_WEIGHTS: readonly (readonly [PracticeArea, number])[] = [
  ['commercial-contracts', 30],
  ['family', 22],
  ['employment', 18],
  ['construction', 12],
  ['corporate', 12],
  ['workplace', 10],
  ['real-estate', 10],
  ['community', 9],
  ['cross-border-commercial', 9],
  ['consumer', 8],
  ['insurance', 8],
  ['banking-finance', 8],
  ['intellectual-property', 7],
  ['technology', 7],
  ['healthcare', 6],
  ['wills-estates', 6],
  ['professional-negligence', 6],
  ['personal-injury', 6],
  ['public-administrative', 4],
  ['energy', 4],
  ['shipping', 4],
  ['trade', 4],
  ['environmental', 3],
  ['defamation', 2],
  ['sports', 2],
  ['investor-state', 2],
];

/** Letters an email address can carry: accents dropped, a few letters that do not decompose spelled out. */
export function asciiSlug(text: string): string {
  const spelled = text
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/ı/g, 'i');
  return spelled
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

function distinct<T>(items: T[]): T[] {
  return items.filter((item, i) => items.indexOf(item) === i);
}

export function drawPlace(rng: Rng): Place {
  return rng.weighted(PLACES.map((place) => [place, place.weight] as const));
}

export function drawName(rng: Rng, place: Place): string {
  const culture = NAME_POOLS[rng.pick(place.cultures)]!;
  const familyFrom = rng.chance(0.1) ? NAME_POOLS[rng.pick(Object.keys(NAME_POOLS))]! : culture;
  return `${rng.pick(culture.given)} ${rng.pick(familyFrom.family)}`;
}

function drawLanguages(rng: Rng, place: Place): string[] {
  const [first, ...others] = place.languages;
  const languages = [first!, ...others.filter(() => rng.chance(0.5))];
  if (rng.chance(ENGLISH_AS_EXTRA)) languages.push('en');
  if (rng.chance(0.25)) languages.push(rng.pick(EXTRA_LANGUAGES));
  return distinct(languages);
}

function drawStyles(rng: Rng): MediatorProfile['styles'] {
  const main = rng.weighted([
    ['facilitative', 55],
    ['evaluative', 30],
    ['transformative', 10],
    ['narrative', 5],
  ] as const);
  const second = rng.chance(0.35)
    ? rng.pick(['facilitative', 'evaluative', 'transformative', 'narrative'] as const)
    : main;
  return distinct([main, second]);
}

function evaluationsFor(rng: Rng, style: MediatorProfile['styles'][number]): MediatorProfile['givesEvaluations'] {
  if (style === 'evaluative') return rng.chance(0.7) ? 'yes' : 'on-request';
  if (style === 'facilitative')
    return rng.weighted([
      ['on-request', 50],
      ['no', 40],
      ['yes', 10],
    ] as const);
  return rng.chance(0.8) ? 'no' : 'on-request';
}

function drawCertifications(
  rng: Rng,
  profile: Pick<MediatorProfile, 'languages' | 'formats' | 'practiceAreas'>,
  place: Place,
  first: string,
  asOf: string,
): Certification[] {
  const kinds: CertificationKind[] = [rng.chance(0.95) ? 'certified-mediator' : 'mediation-advocate'];
  if (rng.chance(profile.languages.length >= 3 ? 0.3 : 0.1)) kinds.push('intercultural');
  if (profile.formats.includes('online') && rng.chance(0.2)) kinds.push('online');
  if (rng.chance(0.08)) kinds.push('mediation-advocate');
  if (profile.practiceAreas.includes('investor-state') ? rng.chance(0.7) : rng.chance(0.01))
    kinds.push('investor-state');
  const span = Math.max(0, Math.round((Date.parse(asOf) - Date.parse(first)) / 86_400_000));
  return distinct(kinds).map((kind, i) => ({
    kind,
    qapId: qapFor(kind, place.region).id,
    certifiedOn: i === 0 ? first : addDays(first, rng.int(0, span)),
  }));
}

function drawYmi(rng: Rng, languages: readonly string[]): MediatorProfile['ymi'] {
  if (!rng.chance(0.15)) return { acceptsMentees: false, roles: [] };
  const roles: YmiRole[] = ['observe'];
  if (rng.chance(0.7)) roles.push('assist');
  if (rng.chance(0.35)) roles.push('co-mediate');
  if (languages.length >= 3 && rng.chance(0.3)) roles.push('interpret');
  return { acceptsMentees: true, roles };
}

/** `firstCertifiedOn` decides the profile's digest story (current, stale, grace...), so the caller picks it. */
export function makeProfile(
  rng: Rng,
  id: string,
  name: string,
  place: Place,
  firstCertifiedOn: string,
  asOf: string,
): MediatorProfile {
  const languages = drawLanguages(rng, place);
  const areaCount = rng.int(2, 5);
  const practiceAreas: PracticeArea[] = [];
  while (practiceAreas.length < areaCount) practiceAreas.push(rng.weighted(AREA_WEIGHTS));
  const formats = (['in-person', 'online', 'hybrid'] as const).filter((_, i) => rng.chance([0.85, 0.75, 0.4][i]!));
  const styles = drawStyles(rng);
  const base = {
    id,
    name,
    locations: [
      { country: place.country, city: rng.pick(place.cities) },
      ...(rng.chance(0.12) ? [{ country: drawPlace(rng).country }] : []),
    ],
    ...(rng.chance(0.85) ? { nationality: rng.chance(0.9) ? place.country : drawPlace(rng).country } : {}),
    languages,
    practiceAreas: distinct(practiceAreas),
    styles,
    formats: formats.length ? [...formats] : (['online'] as const),
  };
  const certifications = drawCertifications(rng, base, place, firstCertifiedOn, asOf);
  const qap = qapFor('certified-mediator', place.region);
  const firstYear = Number(firstCertifiedOn.slice(0, 4));
  const since = firstYear - rng.int(0, 6);
  const slug = asciiSlug(name);
  const profile: Omit<MediatorProfile, 'bio'> = {
    ...base,
    givesEvaluations: evaluationsFor(rng, styles[0]!),
    certifications,
    ymi: drawYmi(rng, languages),
    codeOfConduct: rng.weighted([
      ['IMI Code of Professional Conduct (2017)', 7],
      ['European Code of Conduct for Mediators', 2],
      [`${qap.name} code of practice`, 1],
    ] as const),
    complaintsRoute: rng.chance(0.7)
      ? 'IMI complaints process: raise it with the mediator within a month, then complaint mediation, a formal assessment and one appeal'
      : `Complaints panel of ${qap.name}, with one appeal to IMI`,
    contact: {
      email: `${slug}@${rng.pick(['example.org', 'example.com', 'example.net'])}`,
      ...(rng.chance(0.4) ? { website: `https://${slug.replace(/\./g, '-')}.mediation.example.org` } : {}),
    },
    ...(rng.chance(0.75) ? { yearsPractising: Number(asOf.slice(0, 4)) - since } : {}),
    ...(rng.chance(0.6) ? { mediationsCount: 20 + (Number(asOf.slice(0, 4)) - since) * rng.int(4, 25) } : {}),
    ...(rng.chance(0.5) ? { multiParty: rng.chance(0.6) } : {}),
    ...(rng.chance(0.4) ? { coMediation: rng.chance(0.7) } : {}),
    demo: true,
  };
  // Key order follows the type, so the JSON reads the same for every profile.
  const { yearsPractising, mediationsCount, multiParty, coMediation, demo, ...head } = profile;
  const tail = { yearsPractising, mediationsCount, multiParty, coMediation, demo };
  return JSON.parse(JSON.stringify({ ...head, bio: composeBio(rng, profile, since), ...tail })) as MediatorProfile;
}
