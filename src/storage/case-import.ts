// Adds an imported case to the device: never over a case already there, and says when it had to take a new id.
import type { Case } from '../domain/case.ts';
import { parseCaseFile, type CaseFileProblem, type CaseFileRefusal } from '../domain/case-file/parse.ts';
import type { Questionnaire } from '../domain/questions.ts';
import { CASE_SCHEMA_VERSION, type CaseRecord, type OleDb } from './db.ts';
import { newCaseId, writeCases } from './cases.ts';
import { plainCodec, type CaseCodec } from './case-codec.ts';

export type ImportedCase = { readonly record: CaseRecord; readonly newId: boolean };

export type CaseFileImport =
  | { readonly ok: true; readonly imported: ImportedCase }
  | {
      readonly ok: false;
      readonly refusal: CaseFileRefusal;
      readonly problems: readonly CaseFileProblem[];
      readonly total: number;
    };

/** Adds the case only if its id is still free when written, so a case saved meanwhile in another tab is not replaced. */
export async function importCase(db: OleDb, imported: Case, codec: CaseCodec = plainCodec): Promise<ImportedCase> {
  const taken = (await db.getKey('cases', imported.id)) !== undefined;
  for (;;) {
    const record: CaseRecord = {
      ...imported,
      id: taken ? newCaseId() : imported.id,
      schemaVersion: CASE_SCHEMA_VERSION,
    };
    const stored = await codec.close(record); // sealed before the transaction: sealing would end it
    const added = await writeCases(db, codec, async (cases) => {
      if ((await cases.getKey(record.id)) !== undefined) return false;
      await cases.add(stored);
      return true;
    });
    if (added) return { record, newId: taken };
    if (!taken) return importCase(db, imported, codec); // the id was taken meanwhile: start again, with a new id
  }
}

/** The whole import of a file's text: a refused file writes nothing. */
export async function importCaseFile(
  db: OleDb,
  text: string,
  questionnaire: Questionnaire,
  codec: CaseCodec = plainCodec,
): Promise<CaseFileImport> {
  const parsed = parseCaseFile(text, questionnaire);
  if (!parsed.ok) return parsed;
  return { ok: true, imported: await importCase(db, parsed.file.case, codec) };
}
