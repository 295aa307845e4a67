// Words for the registry's codes. Countries and languages come from the browser (Intl), in the user's language.
import type { CertificationKind, GivesEvaluations, MediationFormat, MediationStyle, PracticeArea, YmiRole } from '../../domain/registry/types.ts';

export const PRACTICE_AREA_LABELS: Record<PracticeArea, string> = {
  'commercial-contracts': 'Commercial contracts',
  construction: 'Construction and engineering',
  employment: 'Employment',
  family: 'Family',
  consumer: 'Consumer',
  corporate: 'Corporate and shareholder',
  'intellectual-property': 'Intellectual property',
  'real-estate': 'Real estate and landlord-tenant',
  'banking-finance': 'Banking and finance',
  energy: 'Energy',
  'wills-estates': 'Wills, trusts and estates',
  community: 'Community and neighbour',
  'professional-negligence': 'Professional negligence',
  'public-administrative': 'Public and administrative',
  'investor-state': 'Investor-state',
  insurance: 'Insurance',
  shipping: 'Shipping and maritime',
  technology: 'Technology and telecoms',
  healthcare: 'Healthcare and life sciences',
  workplace: 'Workplace',
  'personal-injury': 'Personal injury',
  defamation: 'Defamation',
  environmental: 'Environmental',
  sports: 'Sports',
  'cross-border-commercial': 'Cross-border commercial',
  trade: 'Commodities and trade',
};

export const CERTIFICATION_LABELS: Record<CertificationKind, string> = {
  'certified-mediator': 'IMI Certified Mediator',
  'mediation-advocate': 'Mediation Advocate',
  intercultural: 'Intercultural Competence',
  online: 'Online Mediation',
  'investor-state': 'Investor-State Mediation',
};

export const STYLE_LABELS: Record<MediationStyle, string> = {
  facilitative: 'Facilitative',
  evaluative: 'Evaluative',
  transformative: 'Transformative',
  narrative: 'Narrative',
};

export const FORMAT_LABELS: Record<MediationFormat, string> = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' };

export const EVALUATION_LABELS: Record<GivesEvaluations, string> = {
  yes: 'Gives a view on the merits',
  'on-request': 'Gives a view on the merits if asked',
  no: 'Does not give a view on the merits',
};

export const YMI_ROLE_LABELS: Record<YmiRole, string> = {
  observe: 'Observe',
  assist: 'Assist',
  'co-mediate': 'Co-mediate',
  interpret: 'Interpret',
};

const regionNames = new Intl.DisplayNames(undefined, { type: 'region' });
const languageNames = new Intl.DisplayNames(undefined, { type: 'language' });

export const countryName = (code: string) => regionNames.of(code) ?? code;
export const languageName = (code: string) => languageNames.of(code) ?? code;
