import { openOleDb, type OleDb } from '../../storage/db.ts';

let opening: Promise<OleDb> | undefined;

/** One connection per page, opened on first use. */
export function useDb(): Promise<OleDb> {
  opening ??= openOleDb();
  return opening;
}
