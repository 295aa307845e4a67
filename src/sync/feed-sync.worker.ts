// A feed sync off the main thread: downloading, hashing, parsing and checking a registry of 100,000 profiles takes
// seconds, which on the page would freeze typing. The page starts one worker per sync and ends it after.
import { trustedKeys } from '../feed/trusted-keys.ts';
import { openOleDb } from '../storage/db.ts';
import type { FeedSyncMessage, FeedSyncRequest } from './feed-sync-protocol.ts';
import { syncFeed } from './sync-feed.ts';

const tell = (message: FeedSyncMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<FeedSyncRequest>) => {
  const db = await openOleDb();
  try {
    const outcome = await syncFeed({
      db,
      trustedKeys,
      fetch: (input, init) => fetch(input, { ...init, referrer: event.data.referrer }),
      baseUrl: event.data.baseUrl,
      now: () => new Date(),
      onWait: () => tell({ type: 'waiting' }),
    });
    tell({ type: 'done', outcome });
  } finally {
    db.close();
  }
};
