// Bios and Feedback Digest texts for invented mediators: composed from varied parts, never a rating.
import { AREA_LABELS, FORMAT_WORDS, LANGUAGE_NAMES, listWords, STYLE_PHRASES } from './labels.ts';
import type { Rng } from './prng.ts';
import type { MediatorProfile } from '../../domain/registry/types.ts';

const BACKGROUNDS = [
  'former commercial litigator',
  'chartered engineer',
  'family therapist',
  'former human resources director',
  'social worker by training',
  'former in-house counsel',
  'chartered surveyor',
  'former bank compliance officer',
  'lecturer in conflict studies',
  'former insurance claims manager',
  'architect',
  'former trade union negotiator',
  'former ship’s officer',
  'clinical psychologist',
  'former court registrar',
  'tax adviser',
  'public health physician',
];

const EXTRAS = [
  'Prepares each case with separate calls to every party before the first joint meeting.',
  'Often works alongside a co-mediator from a different profession in complex family cases.',
  'Has handled disputes with several insurers and subcontractors at the same table.',
  'Pays close attention to power imbalances and checks early that each party can negotiate freely.',
  'Writes a short plain-language summary after every session so nothing is lost between meetings.',
  'Is used to working with interpreters and with parties from very different business cultures.',
  'Trains new mediators and sits on a peer-review panel.',
  'Keeps sessions short and focused, with agreed agendas sent in advance.',
];

/** About 60 to 80 words: background, focus, approach, how and in what languages, one distinctive habit. */
export function composeBio(rng: Rng, profile: Omit<MediatorProfile, 'bio'>, since: number): string {
  const [first, ...rest] = profile.practiceAreas.slice(0, 3).map((a) => AREA_LABELS[a]);
  const where = profile.locations[0]!.city ?? 'their home country';
  const focus = rest.length
    ? `The practice centres on ${first} disputes, with further work in ${listWords(rest)} matters.`
    : `The practice centres on ${first} disputes of every size.`;
  const styles = profile.styles.map((s) => STYLE_PHRASES[s]);
  const approach = `The approach is mainly ${styles[0]}${styles[1] ? `, and at times ${styles[1].split(',')[0]}` : ''}.`;
  const how = `Sessions take place ${listWords(profile.formats.map((f) => FORMAT_WORDS[f]))}, in ${listWords(profile.languages.map((l) => LANGUAGE_NAMES[l] ?? l))}.`;
  const sentences = [`A ${rng.pick(BACKGROUNDS)} based in ${where}, mediating since ${since}.`, focus, approach, how];
  const extras = rng.sample(EXTRAS, 2);
  sentences.push(extras[0]!);
  if (sentences.join(' ').split(/\s+/).length < 60) sentences.push(extras[1]!);
  return sentences.join(' ');
}

const OPENINGS = [
  'Parties consistently described the mediator as well prepared and even-handed.',
  'Feedback from parties and their advisers stresses patience and a calm manner in joint sessions.',
  'Respondents valued clear explanations of the process before the first meeting.',
  'Most parties said they understood at every stage what would happen next and why.',
  'Parties and advisers alike mention careful listening and accurate summaries of what each side said.',
  'Several parties noted that the mediator built trust quickly, including with the more reluctant side.',
];

const BY_STYLE: Readonly<Record<string, readonly string[]>> = {
  facilitative: [
    'Several noted that the mediator helped them generate options rather than proposing a solution.',
    'Parties felt the outcome was their own, reached through questions rather than advice.',
  ],
  evaluative: [
    'Advisers appreciated candid reality-testing of legal positions in private sessions.',
    'Some parties found the frank assessment of risks uncomfortable at first but decisive in the end.',
  ],
  transformative: [
    'Parties said they felt heard, and that the way they spoke to each other improved beyond the dispute itself.',
    'Several remarked that the mediator followed their lead rather than pushing towards settlement.',
  ],
  narrative: [
    'Some described how retelling events helped them see the conflict differently.',
    'Parties valued the time given to each account before any discussion of solutions.',
  ],
};

const OBSERVATIONS = [
  'A few parties would have liked written summaries between sessions.',
  'Online sessions were reported to run smoothly, with good use of private rooms.',
  'One adviser felt the timetable could have been tighter.',
  'Interpreting arrangements were described as careful and unobtrusive.',
  'Cultural differences between the parties were acknowledged openly and handled with tact.',
  'A minority of respondents wanted more guidance on drafting the final agreement.',
  'Parties in multi-party cases appreciated how the agenda kept every voice in the room.',
];

/** 2 to 4 sentences: an opening, one on the declared style, sometimes an observation and the digest's basis. */
export function composeDigestText(rng: Rng, profile: MediatorProfile, forms: number, sinceYear: number): string {
  const sentences = [rng.pick(OPENINGS), rng.pick(BY_STYLE[profile.styles[0]!]!)];
  if (rng.chance(0.7)) sentences.push(rng.pick(OBSERVATIONS));
  if (rng.chance(0.5)) sentences.push(`This digest draws on ${forms} feedback forms collected since ${sinceYear}.`);
  return sentences.join(' ');
}
