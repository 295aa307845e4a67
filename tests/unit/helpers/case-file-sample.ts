// A saved case with a bit of everything the case file carries, for the case file tests.
import { CASE_SCHEMA_VERSION, type CaseRecord } from '../../../src/storage/db.ts';
import { sampleWorksheet } from './worksheet-sample.ts';

export function sampleCase(id = 'a1b2c3d4-0000-4000-8000-000000000001'): CaseRecord {
  return {
    id,
    schemaVersion: CASE_SCHEMA_VERSION,
    title: 'Supplier dispute — Müller GmbH',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T11:30:00.000Z',
    answers: { 'q.area': 'construction', 'q.escalation': 4, 'q.cross-border': true, 'q.clause': null },
    lastQuestionId: 'q.escalation',
    rulesVersion: '2026.1.0',
    matching: {
      languages: ['de', 'fr'],
      countries: ['DE'],
      online: true,
      lookingFor: 'mediator',
      partyNationalities: ['DE', 'FR'],
    },
    worksheet: sampleWorksheet,
  };
}
