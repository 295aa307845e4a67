import type { Facet } from '../../domain/matching/filters.ts';
import type { CertificationKind, GivesEvaluations, MediationFormat, MediationStyle, PracticeArea } from '../../domain/registry/types.ts';
import { CERTIFICATION_LABELS, countryName, EVALUATION_LABELS, FORMAT_LABELS, languageName, PRACTICE_AREA_LABELS, STYLE_LABELS } from './labels.ts';

export const FACET_TITLES: Record<Facet, string> = {
  country: 'Country',
  language: 'Language',
  area: 'Practice area',
  cert: 'Certification',
  style: 'Style',
  format: 'Format',
  evaluations: 'View on the merits',
  mentor: 'Mentors young mediators',
};

/** The words for one facet value. */
export function facetValueLabel(facet: Facet, value: string): string {
  switch (facet) {
    case 'country': return countryName(value);
    case 'language': return languageName(value);
    case 'area': return PRACTICE_AREA_LABELS[value as PracticeArea] ?? value;
    case 'cert': return CERTIFICATION_LABELS[value as CertificationKind] ?? value;
    case 'style': return STYLE_LABELS[value as MediationStyle] ?? value;
    case 'format': return FORMAT_LABELS[value as MediationFormat] ?? value;
    case 'evaluations': return EVALUATION_LABELS[value as GivesEvaluations] ?? value;
    case 'mentor': return 'Accepts YMI mentees';
  }
}
