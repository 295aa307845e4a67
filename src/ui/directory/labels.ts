// Words for the registry's codes in the interface's language. Countries and languages come from the browser (Intl).
import type { Facet } from '../../domain/matching/filters.ts';
import { isRegion } from '../../domain/matching/regions.ts';
import type {
  Background,
  CertificationKind,
  FeeBand,
  FeeBasis,
  GivesEvaluations,
  MediationFormat,
  MediationStyle,
  PracticeArea,
  YmiRole,
} from '../../domain/registry/types.ts';
import type { Locale } from '../../i18n/locale.ts';
import { locale, t } from '../app/i18n.ts';
import { labelMessages } from './labels.messages.ts';
import { weighedLabelMessages } from './weighed-labels.messages.ts';

type Key = keyof typeof labelMessages.en;
type WeighedKey = keyof typeof weighedLabelMessages.en;
/** A code the data does not know (from a newer feed) shows as itself rather than nothing. */
const word = (key: string, code: string) =>
  t(labelMessages)[key as Key] ?? t(weighedLabelMessages)[key as WeighedKey] ?? code;

export const areaLabel = (code: PracticeArea) => word(`area.${code}`, code);
export const certificationLabel = (code: CertificationKind) => word(`cert.${code}`, code);
export const styleLabel = (code: MediationStyle) => word(`style.${code}`, code);
export const formatLabel = (code: MediationFormat) => word(`format.${code}`, code);
export const evaluationLabel = (code: GivesEvaluations) => word(`evaluations.${code}`, code);
export const ymiRoleLabel = (code: YmiRole) => word(`ymi.${code}`, code);
export const facetTitle = (facet: Facet) => word(`facet.${facet}`, facet);
export const acceptsMenteesLabel = () => t(labelMessages).acceptsMentees;
export const availabilityLabel = (code: string) => word(`availability.${code}`, code);
export const feeBandLabel = (code: FeeBand) => word(`fees.${code}`, code);
export const feeBasisLabel = (code: FeeBasis) => word(`basis.${code}`, code);
export const backgroundLabel = (code: Background) => word(`background.${code}`, code);
export const safeguardingLabel = () => t(weighedLabelMessages).safeguardingTrained;

const displayNames = new Map<string, Intl.DisplayNames>();
function names(type: 'region' | 'language', current: Locale): Intl.DisplayNames {
  const key = `${type}.${current}`;
  let found = displayNames.get(key);
  if (!found) {
    found = new Intl.DisplayNames([current], { type });
    displayNames.set(key, found);
  }
  return found;
}

// UN M49 regions are named from the catalogue: some browsers' Intl.DisplayNames return the bare code ("150").
export const countryName = (code: string) =>
  isRegion(code) ? word(`region.${code}`, code) : (names('region', locale()).of(code) ?? code);
export const languageName = (code: string) => names('language', locale()).of(code) ?? code;
