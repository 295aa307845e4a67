// The messages between the page and the feed sync worker (feed-sync.worker.ts): one sync per worker.
import type { SyncOutcome } from './sync-feed.ts';

/**
 * Start a sync of the feed at `baseUrl` (where manifest.json lives, ending in '/'). `referrer`: the page asking, sent
 * with each download as the page's own fetches would send it (a worker would send its script's address instead).
 */
export type FeedSyncRequest = { readonly baseUrl: string; readonly referrer: string };
/** `waiting`: another tab or the service worker is syncing, and this sync waits for it. */
export type FeedSyncMessage = { readonly type: 'waiting' } | { readonly type: 'done'; readonly outcome: SyncOutcome };
