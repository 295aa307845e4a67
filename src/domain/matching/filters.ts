// Directory filters as plain data: each entry's values per facet, and filters carried in the URL (codes only).
// Filtering and counting are bit operations over these values, in directory.ts and directory-search.ts.
import type { CertificationStatus } from '../registry/certification-status.ts';
import {
  BACKGROUNDS,
  CERTIFICATION_KINDS,
  EVALUATIONS,
  FEE_BANDS,
  FORMATS,
  PRACTICE_AREAS,
  STYLES,
  type Certification,
  type MediatorProfile,
} from '../registry/types.ts';
import { isRegion, regionOf } from './regions.ts';

/**
 * A profile without its long texts, and its certifications without their dates (the status already reflects them):
 * what the directory searches, filters, matches and lists by.
 */
export type ProfileSummary = Omit<
  MediatorProfile,
  'bio' | 'contact' | 'codeOfConduct' | 'complaintsRoute' | 'certifications'
> & { readonly certifications: readonly Pick<Certification, 'kind' | 'qapId'>[] };

/** One mediator as the directory holds them; a full profile (bio, contact, digest) is read when it is opened. */
export type DirectoryEntry = {
  readonly profile: ProfileSummary;
  readonly status: CertificationStatus;
  /** The month it was read for ("2026-12"): a mediator taking cases "from" a month that has come is taking now. */
  readonly month?: string;
};

export const FACETS = [
  'country',
  'language',
  'area',
  'cert',
  'style',
  'format',
  'evaluations',
  'mentor',
  'availability',
  'fees',
  'background',
  'safeguarding',
] as const;
export type Facet = (typeof FACETS)[number];
/** One value per facet. `country` holds an ISO country code or a UN M49 region code ("150" is Europe). */
export type Filters = Partial<Record<Facet, string>>;
export type FacetCounts = Record<Facet, Map<string, number>>;
export type Relaxation = { readonly facet: Facet; readonly results: number };

/** The values an entry has for each facet. */
export function valuesOf(entry: DirectoryEntry, facet: Facet): readonly string[] {
  const p = entry.profile;
  switch (facet) {
    case 'country': {
      const countries = p.locations.map((l) => l.country);
      const regions = countries.map(regionOf).filter((r): r is string => r !== undefined);
      return [...new Set([...countries, ...regions])];
    }
    case 'language':
      return p.languages;
    case 'area':
      return p.practiceAreas;
    // A badge counts only while the certification stands (never from a revoked or lapsed profile).
    case 'cert':
      return entry.status.certified ? p.certifications.map((c) => c.kind) : [];
    case 'style':
      return p.styles;
    case 'format':
      return p.formats;
    case 'evaluations':
      return [p.givesEvaluations];
    case 'mentor':
      return p.ymi.acceptsMentees ? ['yes'] : [];
    // A "from" month that has come (by the month the entry was read for) is taking now, as the fit counts it.
    case 'availability': {
      const from = p.availability?.from;
      const taking =
        p.availability?.takingNewCases || (from !== undefined && entry.month !== undefined && from <= entry.month);
      return taking ? ['now'] : from ? ['later'] : [];
    }
    case 'fees':
      return p.fees ? [p.fees.band] : [];
    case 'background':
      return p.backgrounds ?? [];
    case 'safeguarding':
      return p.safeguardingTrained ? ['yes'] : [];
  }
}

/** Facets whose values are words a person types ("engineer"); the others are only chosen from a list. */
export const TYPED_FACETS: ReadonlySet<Facet> = new Set<Facet>([
  'country',
  'language',
  'area',
  'cert',
  'style',
  'format',
  'evaluations',
  'mentor',
  'background',
]);

const ALLOWED: Partial<Record<Facet, readonly string[]>> = {
  area: PRACTICE_AREAS,
  cert: CERTIFICATION_KINDS,
  style: STYLES,
  format: FORMATS,
  evaluations: EVALUATIONS,
  mentor: ['yes'],
  availability: ['now', 'later'],
  fees: FEE_BANDS,
  background: BACKGROUNDS,
  safeguarding: ['yes'],
};
const CODE = /^[a-z]{2}$/i;

/** Orders single-filter relaxations from how many results each facet gives when it alone is dropped. */
export function relaxationsFromTotals(filters: Filters, totalWithout: Partial<Record<Facet, number>>): Relaxation[] {
  return FACETS.filter((f) => filters[f] !== undefined)
    .map((facet) => ({ facet, results: totalWithout[facet] ?? 0 }))
    .filter((s) => s.results > 0)
    .sort((a, b) => b.results - a.results || FACETS.indexOf(a.facet) - FACETS.indexOf(b.facet));
}

function parseValue(facet: Facet, value: string): string | undefined {
  const allowed = ALLOWED[facet];
  if (allowed) return allowed.includes(value) ? value : undefined;
  if (facet === 'country') return CODE.test(value) ? value.toUpperCase() : isRegion(value) ? value : undefined;
  return CODE.test(value) ? value.toLowerCase() : undefined;
}

/** Reads filters from URL parameters, keeping only known codes: a link cannot inject anything else. */
export function filtersFromParams(params: Readonly<Record<string, string | undefined>>): Filters {
  const filters: Filters = {};
  for (const facet of FACETS) {
    const value = params[facet] ? parseValue(facet, params[facet]) : undefined;
    if (value !== undefined) filters[facet] = value;
  }
  return filters;
}

export function filtersToParams(filters: Filters): Record<string, string> {
  return Object.fromEntries(FACETS.filter((f) => filters[f] !== undefined).map((f) => [f, filters[f]!]));
}
