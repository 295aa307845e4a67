// The weights of a case fit, as data: each one's source, or the judgement behind it, is in README.md beside this file.
import type { Background, PracticeArea } from '../registry/types.ts';

/** The points of each part; README.md beside this file gives each one's source or the judgement behind it. */
export const FIT_POINTS = {
  need: { met: 10, missing: -10 },
  available: 16,
  notAvailable: -16,
  /** By the stronger of years practised and mediations conducted: each signal of experience counts once. */
  experience: {
    years: [
      [15, 15],
      [10, 12],
      [5, 8],
      [2, 4],
    ],
    mediations: [
      [200, 15],
      [100, 12],
      [50, 8],
      [20, 4],
    ],
  },
  area: { match: 10, missing: -5 },
  fees: { low: 6, medium: 3, high: 0 },
  style: { first: 5, other: 3, evaluation: 2 },
  background: { technical: 4, legal: 3 },
  location: { works: 3, online: 1, not: -5 },
  intercultural: 8,
  investorState: { has: 20, not: -15 },
  multiParty: 5,
  coMediation: 4,
  safeguarding: { risk: 10, power: 6 },
  shuttle: { risk: 5, power: 3 },
  digest: { current: 6, grace: 1, stale: 0 },
  nationality: { neither: 5, shared: -5 },
} as const;

/** Backgrounds that help with a technical question in an area; any technical one where the area names none. */
export const TECHNICAL: Partial<Record<PracticeArea, readonly Background[]>> = {
  construction: ['engineer', 'architect-surveyor'],
  energy: ['engineer'],
  environmental: ['engineer'],
  shipping: ['engineer'],
  technology: ['engineer'],
  'intellectual-property': ['engineer'],
  'real-estate': ['architect-surveyor'],
  'banking-finance': ['accountant', 'finance'],
  corporate: ['accountant', 'finance'],
  insurance: ['accountant', 'finance'],
  'commercial-contracts': ['accountant', 'finance', 'engineer'],
  trade: ['accountant', 'finance'],
  healthcare: ['healthcare'],
  'personal-injury': ['healthcare'],
  'professional-negligence': ['healthcare', 'engineer', 'architect-surveyor', 'accountant'],
};
export const ANY_TECHNICAL: readonly Background[] = [
  'engineer',
  'architect-surveyor',
  'accountant',
  'finance',
  'healthcare',
];
export const LEGAL: readonly Background[] = ['judge', 'lawyer'];
