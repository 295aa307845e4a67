// Opens the IndexedDB database and upgrades it between versions. Bump DB_VERSION and add a step for every change.
import { openDB, type IDBPDatabase } from 'idb';
import { moveRecordsIntoFiles } from './migrate-feed-records.ts';
import type { OleSchema } from './schema.ts';

export type * from './schema.ts';
export { CASE_SCHEMA_VERSION } from './schema.ts';

export const DB_NAME = 'ole';
export const DB_VERSION = 4;
export const FEED_STORES = ['feedFiles', 'standards', 'feed'] as const;

export type OleDb = IDBPDatabase<OleSchema>;

/** `blocked`: an older Olé still open in another tab holds the database, so this upgrade waits for it to close. */
export function openOleDb(name = DB_NAME, events: { blocked?: () => void } = {}): Promise<OleDb> {
  // No `blocking` handler on purpose: a newer Olé in another tab waits and says so (`blocked`), rather than this page
  // losing its connection and every save after it.
  return openDB<OleSchema>(name, DB_VERSION, {
    blocked: () => events.blocked?.(),
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const cases = db.createObjectStore('cases', { keyPath: 'id' });
        cases.createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        db.createObjectStore('standards', { keyPath: 'file' });
        db.createObjectStore('feed');
      }
      if (oldVersion < 3) db.createObjectStore('searchIndex');
      if (oldVersion < 4) {
        db.createObjectStore('feedFiles', { keyPath: 'path' });
        // Version 2 and 3 kept one record per mediator; the held feed moves over, so nothing is fetched again.
        if (oldVersion >= 2) void moveRecordsIntoFiles(transaction);
      }
    },
  });
}
