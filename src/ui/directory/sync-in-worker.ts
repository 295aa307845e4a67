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
    const fail = (reason: string) => {
      worker.terminate();
      reject(new SyncWorkerFailed(reason));
    };
    worker.onmessage = (event: MessageEvent<FeedSyncMessage>) => {
      const message = event.data;
      if (message.type === 'waiting') return onWait();
      if (message.type === 'failed') return fail(message.reason);
      worker.terminate();
      resolve(message.outcome);
    };
    worker.onerror = (event) => fail(event.message || 'the feed sync worker stopped');
    worker.onmessageerror = () => fail('the feed sync worker sent an unreadable answer');
    worker.postMessage({ baseUrl } satisfies FeedSyncRequest);
  });
}
