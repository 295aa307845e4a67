// Opens the IndexedDB database and upgrades it between versions. Bump DB_VERSION and add a step for every change.
import { openDB, type IDBPDatabase } from 'idb';
import { moveRecordsIntoFiles } from './migrate-feed-records.ts';
import { splitFeedStore } from './migrate-feed-store.ts';
import type { OleSchema } from './schema.ts';

export type * from './schema.ts';
export { CASE_SCHEMA_VERSION, ONLY } from './schema.ts';

export const DB_NAME = 'ole';
export const DB_VERSION = 6;
export const FEED_STORES = ['feedFiles', 'standards', 'feedHeld', 'feedLocations'] as const;

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
        // Versions 2 to 4 also made a "feed" store here, which version 5 splits (migrate-feed-store.ts).
        db.createObjectStore('standards', { keyPath: 'file' });
      }
      if (oldVersion < 3) db.createObjectStore('searchIndex');
      if (oldVersion < 4) db.createObjectStore('feedFiles', { keyPath: 'path' });
      if (oldVersion < 5) {
        db.createObjectStore('feedHeld');
        db.createObjectStore('feedStatus');
        db.createObjectStore('feedLocations');
      }
      if (oldVersion < 6) db.createObjectStore('workshopVotes', { keyPath: 'scenarioId' });
      if (oldVersion >= 2) void moveHeldFeed(transaction, oldVersion);
    },
  });
}

/** The held feed moves over, so nothing is fetched again; in order, as each step reads what the one before wrote. */
async function moveHeldFeed(transaction: Parameters<typeof moveRecordsIntoFiles>[0], oldVersion: number) {
  // Versions 2 to 4 kept the held manifest, sync status and locations side by side in one "feed" store.
  if (oldVersion < 5) await splitFeedStore(transaction);
  // Versions 2 and 3 kept one record per mediator.
  if (oldVersion < 4) await moveRecordsIntoFiles(transaction);
}
