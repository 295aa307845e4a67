// Profiles for the priorities-code tests: any profile the questionnaire can produce, and the one the vectors pin.
import fc from 'fast-check';
import { FACTOR_IDS, factorValues, type FactorProfile, type FactorValue } from '../../../src/domain/factors.ts';

/** Each factor unanswered or one of its values, with the unanswered ones left out. */
export const anyProfile: fc.Arbitrary<FactorProfile> = fc
  .record(
    Object.fromEntries(
      FACTOR_IDS.map((id) => [id, fc.constantFrom<FactorValue | undefined>(undefined, ...factorValues(id))]),
    ),
  )
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as FactorProfile);

/** The profile of the first vector of every code version: v1's factors only. */
export const VECTOR_PROFILE: FactorProfile = {
  'goal.privacy': 3,
  'goal.speed': 2,
  'imp.emotions': 1,
  'ctx.cross-border': true,
  'ctx.other-party-willing': 2,
  'ctx.escalation': 5,
  'ctx.amount': 'large',
};
