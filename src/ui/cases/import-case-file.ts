// Loaded only when a file is imported, so the questionnaire and the parser stay out of the first screen.
import { CASE_FILE_LIMITS } from '../../domain/case-file/format.ts';
import { defaultQuestionnaire } from '../../domain/default-questionnaire.ts';
import { importCaseFile, type CaseFileImport } from '../../storage/case-import.ts';
import type { CaseCodec } from '../../storage/case-codec.ts';
import { useDb } from '../app/db.ts';

/** A file far past the limit is refused from its size, without reading it into memory. */
export async function importFile(file: Blob, codec: CaseCodec): Promise<CaseFileImport> {
  if (file.size > CASE_FILE_LIMITS.fileChars * 4)
    return { ok: false, refusal: 'invalid', problems: [{ path: 'file', code: 'too-large' }], total: 1 };
  return importCaseFile(await useDb(), await file.text(), defaultQuestionnaire, codec);
}
