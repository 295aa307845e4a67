// Directory filters as plain data: applied to entries, counted per value, carried in the URL (codes only).
import type { CertificationStatus } from '../registry/certification-status.ts';
import {
  CERTIFICATION_KINDS, EVALUATIONS, FORMATS, PRACTICE_AREAS, STYLES,
  type FeedbackDigest, type MediatorProfile,
} from '../registry/types.ts';

export type DirectoryEntry = { readonly profile: MediatorProfile; readonly digest?: FeedbackDigest; readonly status: CertificationStatus };

export const FACETS = ['country', 'language', 'area', 'cert', 'style', 'format', 'evaluations', 'mentor'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string>>;

/** The values an entry has for each facet. */
function valuesOf(entry: DirectoryEntry, facet: Facet): readonly string[] {
  const p = entry.profile;
  switch (facet) {
    case 'country': return p.locations.map((l) => l.country);
    case 'language': return p.languages;
    case 'area': return p.practiceAreas;
    case 'cert': return entry.status.certified ? p.certifications.map((c) => c.kind) : [];
    case 'style': return p.styles;
    case 'format': return p.formats;
    case 'evaluations': return [p.givesEvaluations];
    case 'mentor': return p.ymi.acceptsMentees ? ['yes'] : [];
  }
}

const ALLOWED: Partial<Record<Facet, readonly string[]>> = {
  area: PRACTICE_AREAS, cert: CERTIFICATION_KINDS, style: STYLES, format: FORMATS, evaluations: EVALUATIONS, mentor: ['yes'],
};
const CODE = /^[a-z]{2}$/i;

export function matchesFilters(entry: DirectoryEntry, filters: Filters, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || filters[facet] === undefined || valuesOf(entry, facet).includes(filters[facet]!));
}

export function applyFilters(entries: readonly DirectoryEntry[], filters: Filters): DirectoryEntry[] {
  return entries.filter((e) => matchesFilters(e, filters));
}

/** For each facet, how many entries each value would give with the other filters kept. */
export function facetCounts(entries: readonly DirectoryEntry[], filters: Filters): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const entry of entries) {
    for (const facet of FACETS) {
      if (!matchesFilters(entry, filters, facet)) continue;
      for (const value of new Set(valuesOf(entry, facet))) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** When nothing matches: each single filter whose removal brings results back, with how many. */
export function suggestRelaxations(entries: readonly DirectoryEntry[], filters: Filters): { facet: Facet; results: number }[] {
  return FACETS.filter((f) => filters[f] !== undefined)
    .map((facet) => ({ facet, results: entries.filter((e) => matchesFilters(e, filters, facet)).length }))
    .filter((s) => s.results > 0)
    .sort((a, b) => b.results - a.results);
}

/** Reads filters from URL parameters, keeping only known codes: a link cannot inject anything else. */
export function filtersFromParams(params: Readonly<Record<string, string | undefined>>): Filters {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const value = params[facet];
    if (!value) continue;
    const allowed = ALLOWED[facet];
    if (allowed ? allowed.includes(value) : CODE.test(value)) filters[facet] = facet === 'country' ? value.toUpperCase() : allowed ? value : value.toLowerCase();
  }
  return filters;
}

export function filtersToParams(filters: Filters): Record<string, string> {
  return Object.fromEntries(FACETS.filter((f) => filters[f] !== undefined).map((f) => [f, filters[f]!]));
}
