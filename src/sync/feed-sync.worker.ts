// A feed sync off the main thread: downloading, hashing, parsing and checking a registry of 100,000 profiles takes
// seconds, which on the page would freeze typing. The page starts one worker per sync and ends it after.
import { trustedKeys } from '../feed/trusted-keys.ts';
import { openOleDb } from '../storage/db.ts';
import type { FeedSyncMessage, FeedSyncRequest } from './feed-sync-protocol.ts';
import { syncFeed } from './sync-feed.ts';

const tell = (message: FeedSyncMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<FeedSyncRequest>) => {
  try {
    const db = await openOleDb();
    try {
      const outcome = await syncFeed({
        db,
        trustedKeys,
        // No referrer: the page's address (a case's id, a shortlist) is nothing the feed's server needs.
        fetch: (input, init) => fetch(input, { ...init, referrerPolicy: 'no-referrer' }),
        baseUrl: event.data.baseUrl,
        now: () => new Date(),
        onWait: () => tell({ type: 'waiting' }),
      });
      tell({ type: 'done', outcome });
    } finally {
      db.close();
    }
  } catch (error) {
    // An unhandled rejection would fire no error event on the page's side: the page would wait for good.
    tell({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
