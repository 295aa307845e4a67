import { describe, expect, it } from 'vitest';
import { rankMentors, type Mentee } from '../../src/domain/matching/mentors.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import { makeProfile } from './helpers/make-feed.ts';
import { entry, peopleEntries, revoked } from './helpers/directory-entries.ts';

const mentor = (id: string, overrides: Partial<MediatorProfile> = {}) =>
  makeProfile(id, {
    ymi: { acceptsMentees: true, roles: ['observe', 'assist'] },
    formats: ['in-person'],
    ...overrides,
  });
const mentee: Mentee = {
  countries: ['NO'],
  languages: ['en'],
  interests: ['shipping'],
  wants: ['observe'],
  online: true,
};

describe('mentors', () => {
  it('ranks only mediators who accept mentees, explaining each match', () => {
    const ranked = rankMentors(peopleEntries, mentee);
    expect(ranked.map((m) => m.entry.profile.id)).toEqual(['m-oberg']);
    expect(ranked[0]!.parts.map((p) => p.id)).toEqual(
      expect.arrayContaining(['region', 'language.en', 'area.shipping', 'role.observe']),
    );
    expect(ranked[0]!.parts.reduce((s, p) => s + p.points, 0)).toBe(ranked[0]!.total);
  });
  it('prefers the same country, then the same region (as IMI-YMI asks), then online', () => {
    const same = entry(mentor('same', { locations: [{ country: 'NO' }] }));
    const region = entry(mentor('region', { locations: [{ country: 'SE' }] }));
    const online = entry(mentor('online', { locations: [{ country: 'JP' }], formats: ['online'] }));
    const far = entry(mentor('far', { locations: [{ country: 'JP' }] }));
    const ranked = rankMentors([far, online, region, same], { ...mentee, interests: [] });
    expect(ranked.map((m) => m.entry.profile.id)).toEqual(['same', 'region', 'online', 'far']);
    expect(ranked[1]!.parts.find((p) => p.id === 'region')!.reason).toEqual({ code: 'mentor-region', codes: ['150'] });
  });
  it('leaves out revoked mentors and marks down a stale digest', () => {
    const ranked = rankMentors(
      [revoked(mentor('gone')), entry(mentor('stale'), '2022-01-01'), entry(mentor('ok'))],
      mentee,
    );
    expect(ranked.map((m) => m.entry.profile.id)).toEqual(['ok', 'stale']);
    expect(ranked[1]!.parts.find((p) => p.id === 'digest')!.points).toBeLessThan(0);
  });
  it('marks down a mentor who offers none of the roles wanted', () => {
    const ranked = rankMentors([entry(mentor('interp', { ymi: { acceptsMentees: true, roles: ['interpret'] } }))], {
      ...mentee,
      wants: ['co-mediate'],
    });
    expect(ranked[0]!.parts.find((p) => p.id === 'role')!.points).toBe(-10);
  });
});
