import type { Facet } from '../../domain/matching/filters.ts';
import type {
  Background,
  CertificationKind,
  FeeBand,
  GivesEvaluations,
  MediationFormat,
  MediationStyle,
  PracticeArea,
} from '../../domain/registry/types.ts';
import {
  acceptsMenteesLabel,
  areaLabel,
  availabilityLabel,
  backgroundLabel,
  certificationLabel,
  countryName,
  evaluationLabel,
  feeBandLabel,
  formatLabel,
  languageName,
  safeguardingLabel,
  styleLabel,
} from './labels.ts';

export { facetTitle } from './labels.ts';

/** The words for one facet value. */
export function facetValueLabel(facet: Facet, value: string): string {
  switch (facet) {
    case 'country':
      return countryName(value);
    case 'language':
      return languageName(value);
    case 'area':
      return areaLabel(value as PracticeArea);
    case 'cert':
      return certificationLabel(value as CertificationKind);
    case 'style':
      return styleLabel(value as MediationStyle);
    case 'format':
      return formatLabel(value as MediationFormat);
    case 'evaluations':
      return evaluationLabel(value as GivesEvaluations);
    case 'mentor':
      return acceptsMenteesLabel();
    case 'availability':
      return availabilityLabel(value);
    case 'fees':
      return feeBandLabel(value as FeeBand);
    case 'background':
      return backgroundLabel(value as Background);
    case 'safeguarding':
      return safeguardingLabel();
  }
}
