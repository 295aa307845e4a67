// Database version 4: the feed's records move from one IndexedDB record each into one record per feed file.
import type { IDBPTransaction, StoreNames } from 'idb';
import { ONLY, type OleSchema, type StoredFeedFile } from './schema.ts';
import { NO_LOCATIONS, relocate } from './feed-locations.ts';

export type UpgradeTx = IDBPTransaction<OleSchema, StoreNames<OleSchema>[], 'versionchange'>;
/** The stores of versions 2 and 3, which the current schema no longer names. */
type OldStoresTx = IDBPTransaction<unknown, string[], 'versionchange'>;

const OLD_STORES = [
  ['mediators', 'registry'],
  ['digests', 'digests'],
  ['revocations', 'revocations'],
] as const;

/**
 * Runs inside the upgrade. Each old record carried its file's path, so the files are rebuilt exactly and the held
 * feed stays valid: nothing is fetched again, and an offline device keeps its directory. Should anything fail, the
 * held feed is forgotten instead, so the next sync fetches it all rather than trust a half-moved copy.
 */
export async function moveRecordsIntoFiles(tx: UpgradeTx): Promise<void> {
  const old = tx as unknown as OldStoresTx;
  const present = OLD_STORES.filter(([store]) => old.db.objectStoreNames.contains(store));
  try {
    const files = new Map<string, { path: string; kind: StoredFeedFile['kind']; records: object[] }>();
    for (const [store, kind] of present) {
      for (const { file, ...record } of (await old.objectStore(store).getAll()) as { file: string }[]) {
        const entry = files.get(file) ?? { path: file, kind, records: [] };
        entry.records.push(record);
        files.set(file, entry);
      }
    }
    const moved = [...files.values()] as StoredFeedFile[];
    for (const file of moved) void tx.objectStore('feedFiles').put(file);
    void tx.objectStore('feedLocations').put(relocate(NO_LOCATIONS, new Set(), moved), ONLY);
  } catch {
    void tx.objectStore('feedFiles').clear();
    void tx.objectStore('feedHeld').delete(ONLY);
    void tx.objectStore('feedLocations').delete(ONLY);
  } finally {
    for (const [store] of present) old.db.deleteObjectStore(store);
  }
}
