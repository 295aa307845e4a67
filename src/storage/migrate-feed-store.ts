// Database version 5: the "feed" store's three kinds of value each get a store of their own, typed by the schema.
import { ONLY } from './schema.ts';
import type { UpgradeTx } from './migrate-feed-records.ts';

/** The store of versions 2 to 4, which the current schema no longer names. */
type OldFeedTx = import('idb').IDBPTransaction<unknown, string[], 'versionchange'>;

const MOVES = [
  ['held', 'feedHeld'],
  ['status', 'feedStatus'],
  ['locations', 'feedLocations'],
] as const;

/** Runs inside the upgrade: each value keeps its content under the new store's one key, then the old store goes. */
export async function splitFeedStore(tx: UpgradeTx): Promise<void> {
  const old = tx as unknown as OldFeedTx;
  if (!old.db.objectStoreNames.contains('feed')) return;
  try {
    const feed = old.objectStore('feed');
    const values = await Promise.all(MOVES.map(([key]) => feed.get(key)));
    MOVES.forEach(([, store], i) => {
      // Written as read: version 4 wrote these through the same types, and a sync checks the held feed again anyway.
      if (values[i] !== undefined) void tx.objectStore(store).put(values[i] as never, ONLY);
    });
  } catch {
    // Nothing half-moved is trusted: without the held manifest, the next sync fetches the feed whole.
    void tx.objectStore('feedHeld').delete(ONLY);
  } finally {
    old.db.deleteObjectStore('feed');
  }
}
