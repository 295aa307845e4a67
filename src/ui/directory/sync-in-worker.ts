import type { FeedSyncMessage, FeedSyncRequest } from '../../sync/feed-sync-protocol.ts';
import type { SyncOutcome } from '../../sync/sync-feed.ts';

/** The worker could not start or crashed: the caller syncs on the page instead, so a sync is never lost. */
export class SyncWorkerFailed extends Error {
  override name = 'SyncWorkerFailed';
}

/**
 * One feed sync in a worker of its own (feed-sync.worker.ts), ended once it answers: the page stays free to paint
 * and type while a large registry is downloaded, hashed, parsed and checked.
 */
export function syncInWorker(baseUrl: string, onWait: () => void): Promise<SyncOutcome> {
  const worker = new Worker(new URL('../../sync/feed-sync.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<SyncOutcome>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FeedSyncMessage>) => {
      if (event.data.type === 'waiting') return onWait();
      worker.terminate();
      resolve(event.data.outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new SyncWorkerFailed(event.message || 'the feed sync worker stopped'));
    };
    worker.postMessage({ baseUrl, referrer: location.href } satisfies FeedSyncRequest);
  });
}
