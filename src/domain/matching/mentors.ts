// YMI mentor finding: listed mediators who accept mentees, ranked for a young mediator, each part explained.
import type { PracticeArea, YmiRole } from '../registry/types.ts';
import type { FitPart } from './fit.ts';
import type { DirectoryEntry } from './filters.ts';
import { regionOf } from './regions.ts';
import { countryWord, languageWord } from './words.ts';

export type Mentee = {
  /** Where the mentee lives or works (ISO codes); their region follows from these. */
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  readonly interests: readonly PracticeArea[];
  readonly wants: readonly YmiRole[];
  readonly online: boolean;
};

export type MentorMatch<E extends DirectoryEntry = DirectoryEntry> = { readonly entry: E; readonly total: number; readonly parts: readonly FitPart[] };

export function mentorParts(entry: DirectoryEntry, mentee: Mentee): FitPart[] {
  const p = entry.profile;
  const parts: FitPart[] = [];
  const add = (id: string, points: number, text: string) => parts.push({ id, points, text });
  // The IMI-YMI framework pairs a mentee with a mentor preferably in their region.
  const near = mentee.countries.filter((c) => p.locations.some((l) => l.country === c));
  const regions = new Set(mentee.countries.map(regionOf).filter((r) => r !== undefined));
  const sameRegion = p.locations.map((l) => regionOf(l.country)).find((r) => r !== undefined && regions.has(r));
  if (near.length) add('region', 15, `works in ${near.map(countryWord).join(' and ')}, where you are`);
  else if (sameRegion) add('region', 10, `works in your region (${countryWord(sameRegion)})`);
  else if (mentee.online && p.formats.some((f) => f !== 'in-person')) add('region', 3, 'mediates online, so you could take part remotely');
  const shared = mentee.languages.filter((l) => p.languages.includes(l));
  for (const l of shared.slice(0, 2)) add(`language.${l}`, 10, `speaks ${languageWord(l)}`);
  if (mentee.languages.length && !shared.length) add('language', -20, 'shares none of your languages');
  for (const area of mentee.interests.filter((a) => p.practiceAreas.includes(a))) add(`area.${area}`, 6, `works in ${area.replace(/-/g, ' ')}, which interests you`);
  const roles = mentee.wants.filter((r) => p.ymi.roles.includes(r));
  for (const role of roles) add(`role.${role}`, 5, `lets mentees ${role}`);
  if (mentee.wants.length && !roles.length) add('role', -10, 'does not offer what you are looking for');
  if (entry.status.digest === 'stale') add('digest', -5, 'has a Feedback Digest that is out of date');
  return parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.id.localeCompare(b.id));
}

/** Only listed mediators who accept mentees; a revoked one never shows. Ties by name so the order is stable. */
export function rankMentors<E extends DirectoryEntry>(entries: readonly E[], mentee: Mentee): MentorMatch<E>[] {
  return entries
    .filter((e) => e.profile.ymi.acceptsMentees && e.status.listed && !e.status.revoked)
    .map((entry) => {
      const parts = mentorParts(entry, mentee);
      return { entry, parts, total: parts.reduce((sum, part) => sum + part.points, 0) };
    })
    .sort((a, b) => b.total - a.total || a.entry.profile.name.localeCompare(b.entry.profile.name));
}
