// Everyone in the cached registry with their digest and today's certification status: what the directory, the search
// worker and a case's matches read. Statuses follow the date, so they are worked out when read, never stored.
import type { DirectoryEntry, ProfileSummary } from '../matching/filters.ts';
import { certificationStatus, indexRevocations } from './certification-status.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from './types.ts';

export type RegistryRecords = {
  readonly profiles: readonly MediatorProfile[];
  readonly digests: ReadonlyMap<string, FeedbackDigest>;
  readonly revocations: readonly Revocation[];
};

/** A mediator with the whole profile and digest, as a profile page and the shortlist show them. */
export type RegistryEntry = DirectoryEntry & { readonly profile: MediatorProfile; readonly digest?: FeedbackDigest };

/** One instance per distinct value within a batch: `make` builds it the first time its key is seen. */
function createInterner<T>(keyOf: (value: T) => string, make: (value: T) => T = (value) => value) {
  const seen = new Map<string, T>();
  return (value: T): T => {
    const key = keyOf(value);
    const known = seen.get(key);
    if (known !== undefined) return known;
    const made = make(value);
    seen.set(key, made);
    return made;
  };
}

/** Every field named, even those a profile leaves out: a field added to profiles cannot be forgotten here. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/**
 * Every entry without its long texts (bio, contact, code of conduct, complaints route, digest) or certification
 * dates, with equal lists, words and statuses shared: what the search worker holds. With the index naming slots,
 * this took the worker's heap at 100,000 profiles from 250 MB to 52. One object literal, so every summary has the
 * same shape (a rest spread took three times as long).
 */
export function directoryEntries(entries: readonly RegistryEntry[]): DirectoryEntry[] {
  // Parsed JSON holds its own copy of every "en", "FR" and date: one each instead.
  const words = createInterner<string>((word) => word);
  const word = <T extends string | undefined>(value: T): T => (value === undefined ? value : (words(value) as T));
  const codes = createInterner<readonly string[]>(
    (list) => list.join('\u0000'),
    (list) => list.map(word),
  );
  const list = <T extends readonly string[] | undefined>(value: T): T => (value ? (codes(value) as T) : value);
  const json = createInterner<unknown>((value) => JSON.stringify(value));
  const shared = <T>(value: T): T => (value === undefined ? value : (json(value) as T));
  // Without their dates (the status already reflects them), most lists of certifications repeat too.
  const certifications = createInterner<ProfileSummary['certifications']>(
    (list) => list.map((c) => `${c.kind} ${c.qapId}`).join(','),
    (list) => list.map((c) => ({ kind: word(c.kind), qapId: word(c.qapId) })),
  );
  return entries.map(({ profile: p, status, month }) => {
    const profile = {
      id: p.id,
      name: p.name,
      locations: shared(p.locations),
      nationality: word(p.nationality),
      languages: list(p.languages),
      practiceAreas: list(p.practiceAreas),
      styles: list(p.styles),
      formats: list(p.formats),
      givesEvaluations: word(p.givesEvaluations),
      certifications: certifications(p.certifications),
      ymi: shared(p.ymi),
      bioLanguage: word(p.bioLanguage),
      yearsPractising: p.yearsPractising,
      mediationsCount: p.mediationsCount,
      multiParty: p.multiParty,
      coMediation: p.coMediation,
      availability: shared(p.availability),
      fees: shared(p.fees),
      backgrounds: list(p.backgrounds),
      safeguardingTrained: p.safeguardingTrained,
      shuttle: p.shuttle,
      demo: p.demo,
    } satisfies EveryField<ProfileSummary>;
    return { profile, status: shared(status), month };
  });
}

export function registryEntries(registry: RegistryRecords, today: string): RegistryEntry[] {
  const revocations = indexRevocations(registry.revocations);
  const month = today.slice(0, 7);
  return registry.profiles.map((profile) => {
    const digest = registry.digests.get(profile.id);
    return { profile, digest, status: certificationStatus(profile, digest, revocations, today), month };
  });
}
