import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../src/domain/registry/registry-entries.ts';
import type { ProfileSummary } from '../../src/domain/matching/filters.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import { entry } from './helpers/directory-entries.ts';
import { makeProfile } from './helpers/make-feed.ts';

const LONG_TEXTS = ['bio', 'contact', 'codeOfConduct', 'complaintsRoute'];

/** A profile with every optional field set, so a field the summary forgets shows. */
const whole = (id: string): MediatorProfile =>
  makeProfile(id, {
    nationality: 'FR',
    bioLanguage: 'fr',
    yearsPractising: 12,
    mediationsCount: 240,
    multiParty: true,
    coMediation: true,
    availability: { takingNewCases: false, from: '2027-03' },
    fees: { basis: 'hourly', band: 'medium' },
    backgrounds: ['engineer'],
    safeguardingTrained: true,
    shuttle: true,
  });

describe('directoryEntries (what the search worker holds)', () => {
  it('keeps every field but the long texts, the digest and certification dates', () => {
    const full = entry(whole('m-1'));
    const summary = directoryEntries([full])[0]!;
    const kept = Object.keys(full.profile).filter((k) => !LONG_TEXTS.includes(k));
    expect(Object.keys(summary.profile).sort()).toEqual(kept.sort());
    expect(summary.profile.certifications).toEqual(
      full.profile.certifications.map(({ kind, qapId }) => ({ kind, qapId })),
    );
    for (const k of kept.filter((k) => k !== 'certifications'))
      expect(summary.profile[k as keyof ProfileSummary]).toEqual(full.profile[k as keyof MediatorProfile]);
    expect(summary.status).toEqual(full.status);
    expect(summary).not.toHaveProperty('digest');
  });

  it('shares equal lists and statuses between entries, and keeps different ones apart', () => {
    const [a, b, c] = directoryEntries([
      entry(whole('m-1')),
      entry(whole('m-2')),
      entry(makeProfile('m-3', { languages: ['de'] }), null),
    ]);
    expect(a!.profile.languages).toBe(b!.profile.languages);
    expect(a!.profile.locations).toBe(b!.profile.locations);
    expect(a!.profile.fees).toBe(b!.profile.fees);
    expect(a!.status).toBe(b!.status);
    expect(c!.profile.languages).toEqual(['de']);
    expect(c!.status).not.toEqual(a!.status);
  });
});
