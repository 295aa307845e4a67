import type { Worksheet } from '../../../src/domain/worksheet/types.ts';

/** A filled worksheet: a claimant (self) and a respondent (other), each outcome in its own side's terms. */
export const sampleWorksheet: Worksheet = {
  version: 1,
  currency: 'EUR',
  facts: 'Late delivery of a machine; the buyer withheld the last payment.',
  parties: [
    { id: 'p1', name: 'Buyer Ltd', kind: 'party', side: 'self', stake: 'Production line idle' },
    { id: 'p2', name: 'Insurer', kind: 'stakeholder', side: 'other' },
  ],
  sides: {
    self: {
      label: 'Buyer',
      positions: 'Pay us 100,000 in damages.',
      interests: 'A working line by spring; a supplier we can keep.',
      money: { claim: 100_000, costsSoFar: 8_000, costsToCome: 15_000, monthsToDecision: 18 },
      outcomes: {
        best: { amount: 100_000, probability: 30 },
        probable: { amount: 60_000, probability: 50 },
        worst: { amount: 0, probability: 20 },
      },
      swot: { strengths: 'Clear delivery date in the contract' },
    },
    other: {
      label: 'Seller',
      money: { costsToCome: 20_000, monthsToDecision: 18 },
      outcomes: {
        best: { amount: 0, probability: 30 },
        probable: { amount: -50_000, probability: 50 },
        worst: { amount: -100_000, probability: 20 },
      },
    },
  },
  actions: [{ id: 'a1', step: 'Propose mediation', owner: 'Our lawyer', due: '2027-01-15', done: false }],
};
