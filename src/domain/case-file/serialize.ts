// Writes a case as a case file; parseCaseFile(serializeCase(c)) gives the same case back.
import type { Case } from '../case.ts';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFile } from './format.ts';

/** Copies only the fields the format knows, so storage-only fields never leave the device by accident. */
export function serializeCase(record: Case, now = new Date()): string {
  const kept: Case = {
    id: record.id,
    title: record.title,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    answers: record.answers,
    ...(record.lastQuestionId !== undefined && { lastQuestionId: record.lastQuestionId }),
    ...(record.rulesVersion !== undefined && { rulesVersion: record.rulesVersion }),
    ...(record.matching !== undefined && { matching: record.matching }),
    ...(record.worksheet !== undefined && { worksheet: record.worksheet }),
    ...(record.otherPartyCode !== undefined && { otherPartyCode: record.otherPartyCode }),
  };
  const file: CaseFile = {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    exportedAt: now.toISOString(),
    case: kept,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that says what the file is and when, and nothing the person typed. */
export function caseFileName(now = new Date()): string {
  return `ole-case-${now.toISOString().slice(0, 10)}.json`;
}
