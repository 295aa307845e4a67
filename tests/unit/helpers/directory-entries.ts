// Directory entries for the matching tests: a few named people, and the demo registry with today's statuses.
import { generateDemoRegistry, DEMO_AS_OF } from '../../../src/cli/demo-registry.ts';
import type { RegistryEntry } from '../../../src/domain/registry/registry-entries.ts';
import { certificationStatus, indexRevocations } from '../../../src/domain/registry/certification-status.ts';
import type { MediatorProfile } from '../../../src/domain/registry/types.ts';
import { makeDigest, makeProfile } from './make-feed.ts';

export const TODAY = '2026-11-28';

/** A listed entry with a current digest unless `digestDate` says otherwise (null: no digest). */
export function entry(profile: MediatorProfile, digestDate: string | null = '2026-01-01'): RegistryEntry {
  const digest = digestDate ? makeDigest(profile.id, digestDate) : undefined;
  return { profile, digest, status: certificationStatus(profile, digest, [], TODAY) };
}

export function revoked(profile: MediatorProfile): RegistryEntry {
  return {
    profile,
    status: certificationStatus(
      profile,
      undefined,
      [{ mediatorId: profile.id, date: '2026-01-01', reasonCode: 'conduct' }],
      TODAY,
    ),
  };
}

export const muller = makeProfile('m-muller', {
  name: 'Anna Müller',
  locations: [{ country: 'DE', city: 'München' }],
  languages: ['de', 'en'],
  practiceAreas: ['construction'],
  bio: 'A former structural engineer who mediates building disputes.',
});
export const nunez = makeProfile('m-nunez', {
  name: 'José Núñez',
  locations: [{ country: 'ES', city: 'Sevilla' }],
  languages: ['es'],
  practiceAreas: ['family'],
  styles: ['evaluative'],
  nationality: 'ES',
});
export const oberg = makeProfile('m-oberg', {
  name: 'Lars Øberg',
  locations: [{ country: 'NO' }],
  languages: ['no', 'en'],
  practiceAreas: ['shipping'],
  ymi: { acceptsMentees: true, roles: ['observe', 'assist'] },
});
export const obrien = makeProfile('m-obrien', {
  name: "Siobhán O'Brien",
  locations: [{ country: 'IE', city: 'Dublin' }],
  languages: ['en', 'ga'],
  practiceAreas: ['employment'],
  formats: ['online'],
});
export const people = [muller, nunez, oberg, obrien];
export const peopleEntries = people.map((p) => entry(p));

let demo: RegistryEntry[] | undefined;
/** The 600-profile demo registry as the app would see it on the demo's date. */
export function demoEntries(): RegistryEntry[] {
  if (demo) return demo;
  const registry = generateDemoRegistry();
  const digests = new Map(registry.digests.map((d) => [d.mediatorId, d]));
  const revocations = indexRevocations(registry.revocations);
  demo = registry.profiles.map((profile) => {
    const digest = digests.get(profile.id);
    return { profile, digest, status: certificationStatus(profile, digest, revocations, DEMO_AS_OF) };
  });
  return demo;
}
