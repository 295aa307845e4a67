// The messages between the page and the feed sync worker (feed-sync.worker.ts): one sync per worker.
import type { SyncOutcome } from './sync-feed.ts';

/** Start a sync of the feed at `baseUrl` (where manifest.json lives, ending in '/'). */
export type FeedSyncRequest = { readonly baseUrl: string };
/**
 * `waiting`: another tab or the service worker is syncing, and this sync waits for it. `failed`: the worker could not
 * sync at all (no database), so the page syncs itself and reports what went wrong.
 */
export type FeedSyncMessage =
  | { readonly type: 'waiting' }
  | { readonly type: 'done'; readonly outcome: SyncOutcome }
  | { readonly type: 'failed'; readonly reason: string };
