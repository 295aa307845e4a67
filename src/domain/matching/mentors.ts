// YMI mentor finding: listed mediators who accept mentees, ranked for a young mediator, each part explained.
import type { PracticeArea, YmiRole } from '../registry/types.ts';
import type { FitPart, FitReason, FitReasonCode } from './fit-reasons.ts';
import type { DirectoryEntry } from './filters.ts';
import { regionOf } from './regions.ts';

export type Mentee = {
  /** Where the mentee lives or works (ISO codes); their region follows from these. */
  readonly countries: readonly string[];
  readonly languages: readonly string[];
  readonly interests: readonly PracticeArea[];
  readonly wants: readonly YmiRole[];
  readonly online: boolean;
};

export type MentorMatch<E extends DirectoryEntry = DirectoryEntry> = {
  readonly entry: E;
  readonly total: number;
  readonly parts: readonly FitPart[];
};

export function mentorParts(entry: DirectoryEntry, mentee: Mentee): FitPart[] {
  const p = entry.profile;
  const parts: FitPart[] = [];
  const add = (id: string, points: number, code: FitReasonCode, values: Omit<FitReason, 'code'> = {}) =>
    parts.push({ id, points, reason: { code, ...values } });
  // The IMI-YMI framework pairs a mentee with a mentor preferably in their region.
  const near = mentee.countries.filter((c) => p.locations.some((l) => l.country === c));
  const regions = new Set(mentee.countries.map(regionOf).filter((r) => r !== undefined));
  const sameRegion = p.locations.map((l) => regionOf(l.country)).find((r) => r !== undefined && regions.has(r));
  if (near.length) add('region', 15, 'mentor-near', { codes: near });
  else if (sameRegion) add('region', 10, 'mentor-region', { codes: [sameRegion] });
  else if (mentee.online && p.formats.some((f) => f !== 'in-person')) add('region', 3, 'mentor-online');
  const shared = mentee.languages.filter((l) => p.languages.includes(l));
  for (const l of shared.slice(0, 2)) add(`language.${l}`, 10, 'mentor-speaks', { codes: [l] });
  if (mentee.languages.length && !shared.length) add('language', -20, 'mentor-no-language');
  for (const area of mentee.interests.filter((a) => p.practiceAreas.includes(a)))
    add(`area.${area}`, 6, 'mentor-area', { codes: [area] });
  const roles = mentee.wants.filter((r) => p.ymi.roles.includes(r));
  for (const role of roles) add(`role.${role}`, 5, 'mentor-role', { codes: [role] });
  if (mentee.wants.length && !roles.length) add('role', -10, 'mentor-no-role');
  if (entry.status.digest === 'stale') add('digest', -5, 'mentor-digest-stale');
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
