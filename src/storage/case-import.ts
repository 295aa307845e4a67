// Adds an imported case to the device: never over a case already there, and says when it had to take a new id.
import type { Case } from '../domain/case.ts';
import { parseCaseFile, type CaseFileProblem, type CaseFileRefusal } from '../domain/case-file/parse.ts';
import type { Questionnaire } from '../domain/questions.ts';
import { CASE_SCHEMA_VERSION, type CaseRecord, type OleDb } from './db.ts';
import { newCaseId } from './cases.ts';

export type ImportedCase = { readonly record: CaseRecord; readonly newId: boolean };

export type CaseFileImport =
  | { readonly ok: true; readonly imported: ImportedCase }
  | { readonly ok: false; readonly refusal: CaseFileRefusal; readonly problems: readonly CaseFileProblem[]; readonly total: number };

/** Checks the id and adds the case in one transaction, so a case saved meanwhile in another tab is not replaced. */
export async function importCase(db: OleDb, imported: Case): Promise<ImportedCase> {
  const tx = db.transaction('cases', 'readwrite');
  const taken = (await tx.store.getKey(imported.id)) !== undefined;
  const record: CaseRecord = { ...imported, id: taken ? newCaseId() : imported.id, schemaVersion: CASE_SCHEMA_VERSION };
  await tx.store.add(record);
  await tx.done;
  return { record, newId: taken };
}

/** The whole import of a file's text: a refused file writes nothing. */
export async function importCaseFile(db: OleDb, text: string, questionnaire: Questionnaire): Promise<CaseFileImport> {
  const parsed = parseCaseFile(text, questionnaire);
  if (!parsed.ok) return parsed;
  return { ok: true, imported: await importCase(db, parsed.file.case) };
}
