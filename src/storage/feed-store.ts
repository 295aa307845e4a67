// The feed as held in IndexedDB: replacing changed files and the held manifest in one transaction.
import { FEED_STORES, type FeedKind, type HeldFeed, type OleDb, type SyncStatus } from './db.ts';

/** One file of a verified feed, ready to store: its records already validated. */
export type VerifiedFile = { readonly path: string; readonly kind: FeedKind; readonly records: readonly unknown[] | unknown };

const STORE_OF = { registry: 'mediators', digests: 'digests', revocations: 'revocations', standards: 'standards' } as const;

export async function getHeldFeed(db: OleDb): Promise<HeldFeed | undefined> {
  return (await db.get('feed', 'held')) as HeldFeed | undefined;
}

export async function getSyncStatus(db: OleDb): Promise<SyncStatus | undefined> {
  return (await db.get('feed', 'status')) as SyncStatus | undefined;
}

export async function putSyncStatus(db: OleDb, status: SyncStatus): Promise<void> {
  await db.put('feed', status, 'status');
}

/**
 * All or nothing: removed and changed files lose their old records, changed files bring their new ones, and the
 * new manifest is recorded. Any failure (a full disk, a bad record) aborts it all and leaves the data held before.
 */
export async function applyFeedFiles(
  db: OleDb,
  held: HeldFeed,
  changed: readonly VerifiedFile[],
  removed: readonly { path: string; kind: FeedKind }[],
): Promise<void> {
  const tx = db.transaction(FEED_STORES, 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    // Requests in one transaction run in the order issued, so deletes land before the puts that follow.
    for (const file of [...removed, ...changed]) {
      if (file.kind === 'standards') {
        requests.push(tx.objectStore('standards').delete(file.path));
        continue;
      }
      const store = tx.objectStore(STORE_OF[file.kind]);
      const keys = await store.index('file').getAllKeys(file.path);
      for (const key of keys) requests.push(store.delete(key));
    }
    for (const file of changed) {
      if (file.kind === 'standards') {
        requests.push(tx.objectStore('standards').put({ file: file.path, content: file.records }));
        continue;
      }
      const store = tx.objectStore(STORE_OF[file.kind]);
      for (const record of file.records as readonly object[]) requests.push(store.put({ ...record, file: file.path } as never));
    }
    requests.push(tx.objectStore('feed').put(held, 'held'));
    await Promise.all([...requests, tx.done]);
  } catch (error) {
    for (const request of requests) request.catch(() => undefined); // they fail with the abort; the first error is the one to report
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the failing request
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
