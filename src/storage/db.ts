// The typed IndexedDB schema (idb). Bump DB_VERSION and add a step to `upgrade` for every change.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Answers } from '../domain/questions.ts';

export const DB_NAME = 'ole';
export const DB_VERSION = 1;
/** Version of the stored case shape, kept inside each record so exports and imports can migrate it. */
export const CASE_SCHEMA_VERSION = 1;

export type CaseRecord = {
  readonly id: string;
  readonly schemaVersion: number;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly answers: Answers;
  /** The question the person was on, so reopening a case resumes there. */
  readonly lastQuestionId?: string;
  /** Rules pack version of the last analysis shown for this case. */
  readonly rulesVersion?: string;
};

export interface OleSchema extends DBSchema {
  cases: { key: string; value: CaseRecord; indexes: { updatedAt: string } };
  settings: { key: string; value: unknown };
}

export type OleDb = IDBPDatabase<OleSchema>;

export function openOleDb(name = DB_NAME): Promise<OleDb> {
  return openDB<OleSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const cases = db.createObjectStore('cases', { keyPath: 'id' });
        cases.createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('settings');
      }
    },
  });
}
