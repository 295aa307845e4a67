// Invented Qualifying Assessment Programs for the demo, one or two per region plus specialised panels.
import type { Region } from './places.ts';
import type { Qap } from '../../domain/registry/standards.ts';
import type { CertificationKind } from '../../domain/registry/types.ts';

const REGION_NAMES: Readonly<Record<Region, string>> = {
  'uk-ie': 'UK and Ireland',
  'w-europe': 'Western Europe',
  's-europe': 'Southern Europe',
  'n-europe': 'Nordic and Baltic',
  'ce-europe': 'Central and Eastern Europe',
  'north-america': 'North America',
  'latin-america': 'Latin America',
  lusophone: 'Portuguese-speaking countries',
  mena: 'Middle East and North Africa',
  africa: 'Sub-Saharan Africa',
  'south-asia': 'South Asia',
  'east-asia': 'East Asia',
  'se-asia': 'Southeast Asia',
  oceania: 'Oceania',
};

/** Regional programmes assess the core certification and, in some regions, one specialisation too. */
const REGIONAL_EXTRA: Partial<Record<Region, CertificationKind>> = {
  'uk-ie': 'mediation-advocate',
  'w-europe': 'intercultural',
  'north-america': 'mediation-advocate',
  'se-asia': 'intercultural',
  lusophone: 'online',
};

export const regionalQapId = (region: Region) => `demo-qap-${region}`;

export const SPECIALIST_QAPS: Readonly<Record<Exclude<CertificationKind, 'certified-mediator'>, Qap>> = {
  intercultural: {
    id: 'demo-qap-intercultural',
    name: 'Demo QAP — Intercultural Assessment Panel',
    region: 'Worldwide',
    kinds: ['intercultural'],
  },
  online: { id: 'demo-qap-online', name: 'Demo QAP — Online Mediation Skills', region: 'Worldwide', kinds: ['online'] },
  'mediation-advocate': {
    id: 'demo-qap-advocates',
    name: 'Demo QAP — Mediation Advocates',
    region: 'Worldwide',
    kinds: ['mediation-advocate'],
  },
  'investor-state': {
    id: 'demo-qap-investor-state',
    name: 'Demo QAP — Investor-State Panel',
    region: 'Worldwide',
    kinds: ['investor-state'],
  },
};

export const DEMO_QAPS: readonly Qap[] = [
  ...(Object.keys(REGION_NAMES) as Region[]).map((region): Qap => {
    const extra = REGIONAL_EXTRA[region];
    return {
      id: regionalQapId(region),
      name: `Demo QAP — ${REGION_NAMES[region]}`,
      region: REGION_NAMES[region],
      kinds: extra ? ['certified-mediator', extra] : ['certified-mediator'],
    };
  }),
  ...Object.values(SPECIALIST_QAPS),
];

/** The QAP that assessed a kind of certification for someone in a region: the regional one when it can. */
export function qapFor(kind: CertificationKind, region: Region): Qap {
  const regional = DEMO_QAPS.find((q) => q.id === regionalQapId(region))!;
  if (kind === 'certified-mediator' || regional.kinds.includes(kind)) return regional;
  return SPECIALIST_QAPS[kind];
}
