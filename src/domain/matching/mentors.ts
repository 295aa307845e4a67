// YMI mentor finding: certified mediators who accept mentees, ranked for a young mediator, each part explained.
import type { PracticeArea, YmiRole } from '../registry/types.ts';
import type { FitPart } from './fit.ts';
import type { DirectoryEntry } from './filters.ts';
import { countryWord, languageWord } from './words.ts';

export type Mentee = {
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  readonly interests: readonly PracticeArea[];
  readonly wants: readonly YmiRole[];
  readonly online: boolean;
};

export type MentorMatch = { readonly entry: DirectoryEntry; readonly total: number; readonly parts: readonly FitPart[] };

export function mentorParts(entry: DirectoryEntry, mentee: Mentee): FitPart[] {
  const p = entry.profile;
  const parts: FitPart[] = [];
  const add = (id: string, points: number, text: string) => parts.push({ id, points, text });
  // IMI-YMI prefers a mentor in the mentee's region.
  const near = mentee.countries.filter((c) => p.locations.some((l) => l.country === c));
  if (near.length) add('region', 15, `works in ${near.map(countryWord).join(' and ')}, your region`);
  else if (mentee.online && p.formats.some((f) => f !== 'in-person')) add('region', 3, 'mediates online, so you could observe remotely');
  const shared = mentee.languages.filter((l) => p.languages.includes(l));
  for (const l of shared.slice(0, 2)) add(`language.${l}`, 10, `speaks ${languageWord(l)}`);
  if (mentee.languages.length && !shared.length) add('language', -20, 'shares none of your languages');
  for (const area of mentee.interests.filter((a) => p.practiceAreas.includes(a))) add(`area.${area}`, 6, `works in ${area.replace(/-/g, ' ')}, which interests you`);
  const roles = mentee.wants.filter((r) => p.ymi.roles.includes(r));
  for (const role of roles) add(`role.${role}`, 5, `lets mentees ${role === 'co-mediate' ? 'co-mediate' : role}`);
  if (mentee.wants.length && !roles.length) add('role', -10, 'does not offer what you are looking for');
  return parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
}

export function rankMentors(entries: readonly DirectoryEntry[], mentee: Mentee): MentorMatch[] {
  return entries
    .filter((e) => e.profile.ymi.acceptsMentees && e.status.certified && !e.status.revoked)
    .map((entry) => {
      const parts = mentorParts(entry, mentee);
      return { entry, parts, total: parts.reduce((sum, part) => sum + part.points, 0) };
    })
    .sort((a, b) => b.total - a.total || a.entry.profile.name.localeCompare(b.entry.profile.name));
}
