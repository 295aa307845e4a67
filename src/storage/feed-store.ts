// The feed as held in IndexedDB: replacing changed files and the held manifest in one transaction.
import {
  FEED_STORES,
  ONLY,
  type FeedKind,
  type HeldFeed,
  type OleDb,
  type StoredFeedFile,
  type SyncStatus,
} from './db.ts';
import { NO_LOCATIONS, relocate } from './feed-locations.ts';
import type { CheckedFile } from '../feed/feed-file.ts';

/** One file of a verified feed, ready to store: its records already validated. */
export type VerifiedFile = CheckedFile;

/** The held feed changed between the sync's first read and its write: another sync applied one meanwhile. */
export class HeldFeedMoved extends Error {
  constructor(readonly held: HeldFeed | undefined) {
    super(`the held feed moved to sequence ${held?.sequence ?? 'none'} while this sync ran`);
    this.name = 'HeldFeedMoved';
  }
}

/** Same sequence and same file hashes: what a sync decided from is still what is held. */
function sameHeld(a: HeldFeed | undefined, b: HeldFeed | undefined): boolean {
  if (!a || !b) return a === b;
  const paths = Object.keys(a.files);
  return (
    a.sequence === b.sequence &&
    paths.length === Object.keys(b.files).length &&
    paths.every((path) => Object.hasOwn(b.files, path) && b.files[path]!.sha256 === a.files[path]!.sha256)
  );
}

export async function getHeldFeed(db: OleDb): Promise<HeldFeed | undefined> {
  return db.get('feedHeld', ONLY);
}

export async function getSyncStatus(db: OleDb): Promise<SyncStatus | undefined> {
  return db.get('feedStatus', ONLY);
}

export async function putSyncStatus(db: OleDb, status: SyncStatus): Promise<void> {
  await db.put('feedStatus', status, ONLY);
}

/**
 * All or nothing: removed and changed files lose their old records, changed files bring their new ones, and the
 * new manifest is recorded. Any failure (a full disk, a bad record) aborts it all and leaves the data held before.
 * `basedOn` is the held feed the changes were worked out from; if the held feed is no longer that one when the
 * transaction reads it, nothing is written and HeldFeedMoved says what is held now.
 *
 * DESIGN: a file of records is one IndexedDB record, not one per mediator. Chromium spends about 0.3 ms on each
 * put, so 20,000 records took 5.9 s one by one and 0.18 s as ten files; reading them back is 3 times faster too.
 * A feed is replaced file by file anyway, and a locations record keeps single profiles quick to open.
 */
export async function applyFeedFiles(
  db: OleDb,
  held: HeldFeed,
  changed: readonly VerifiedFile[],
  removed: readonly { path: string; kind: FeedKind }[],
  basedOn: HeldFeed | undefined,
): Promise<void> {
  const tx = db.transaction(FEED_STORES, 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    const now = await tx.objectStore('feedHeld').get(ONLY);
    if (!sameHeld(now, basedOn)) throw new HeldFeedMoved(now);
    const before = (await tx.objectStore('feedLocations').get(ONLY)) ?? NO_LOCATIONS;
    // Requests in one transaction run in the order issued, so deletes land before the puts that follow.
    for (const file of [...removed, ...changed]) {
      requests.push(
        file.kind === 'standards'
          ? tx.objectStore('standards').delete(file.path)
          : tx.objectStore('feedFiles').delete(file.path),
      );
    }
    const added: StoredFeedFile[] = [];
    for (const file of changed) {
      if (file.kind === 'standards') {
        requests.push(tx.objectStore('standards').put({ file: file.path, content: file.records }));
        continue;
      }
      added.push(file);
      requests.push(tx.objectStore('feedFiles').put(file));
    }
    const dropped = new Set([...removed, ...changed].map((file) => file.path));
    requests.push(tx.objectStore('feedLocations').put(relocate(before, dropped, added), ONLY));
    requests.push(tx.objectStore('feedHeld').put(held, ONLY));
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
