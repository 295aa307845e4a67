// A case with everything filled in, as an importable case file: what a report of the longest ordinary case holds.
import { serializeCase } from '../../src/domain/case-file/serialize.ts';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import type { Worksheet } from '../../src/domain/worksheet/types.ts';
import { CASE_SCHEMA_VERSION, type CaseRecord } from '../../src/storage/db.ts';

export const FULL_CASE_ID = 'f0f0f0f0-0000-4000-8000-00000000c0de';

/** Text of about `words` words, the length people write in a worksheet box. */
const prose = (topic: string, words: number) =>
  Array.from(
    { length: Math.ceil(words / 12) },
    (_, i) => `${topic} point ${i + 1}: the parties see this part of it differently, and it matters.`,
  ).join(' ');

const worksheet: Worksheet = {
  version: 1,
  currency: 'EUR',
  facts: `A machine for the buyer's production line arrived ten weeks late and failed its acceptance test twice. ${prose('Facts', 120)}`,
  parties: Array.from({ length: 6 }, (_, i) => ({
    id: `p${i}`,
    name: ['Buyer Ltd', 'Seller GmbH', 'Insurer', 'Bank', 'Works council', 'Installer'][i]!,
    kind: i < 2 ? ('party' as const) : ('stakeholder' as const),
    side: i % 2 ? ('other' as const) : ('self' as const),
    stake: prose('Stake', 15),
  })),
  sides: Object.fromEntries(
    (['self', 'other'] as const).map((side, s) => [
      side,
      {
        label: side === 'self' ? 'Buyer' : 'Seller',
        positions: prose('Position', 60),
        interests: prose('Interest', 60),
        money: { claim: 250_000, costsSoFar: 18_000, costsToCome: 45_000, monthsToDecision: 20 },
        outcomes: {
          best: { amount: s ? 0 : 250_000, probability: 25, description: prose('Best', 25) },
          probable: { amount: s ? -120_000 : 120_000, probability: 50, description: prose('Probable', 25) },
          worst: { amount: s ? -250_000 : 0, probability: 25, description: prose('Worst', 25) },
        },
        swot: {
          strengths: prose('Strength', 40),
          weaknesses: prose('Weakness', 40),
          opportunities: prose('Opportunity', 40),
          threats: prose('Threat', 40),
        },
      },
    ]),
  ),
  discountRatePercent: 5,
  actions: Array.from({ length: 8 }, (_, i) => ({
    id: `a${i}`,
    step: prose(`Step ${i + 1}`, 12),
    owner: i % 2 ? 'Our lawyer' : 'Finance director',
    due: `2027-0${(i % 9) + 1}-15`,
    done: i === 0,
  })),
};

/** Every question answered (its second choice where it has one), so as many questions as possible are asked. */
const answers = Object.fromEntries(
  defaultQuestionnaire.questions.map((q) => [q.id, (q.choices[1] ?? q.choices[0]!).value]),
);

export function fullCaseFile(): string {
  const record: CaseRecord = {
    id: FULL_CASE_ID,
    schemaVersion: CASE_SCHEMA_VERSION,
    title: 'Production line machine: Buyer Ltd and Seller GmbH (fictional)',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    answers: { ...answers, 'q.area': 'commercial-contracts', 'q.willing': 2 },
    worksheet,
  };
  return serializeCase(record, new Date('2026-11-20T10:00:00.000Z'));
}
