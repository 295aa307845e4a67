// One feed sync at a time across every tab and the service worker: two at once could write an older feed last.
export const FEED_LOCK_NAME = 'ole-feed-sync';

/** Runs `task` holding the feed lock; `onWait` is called first when someone else holds it. */
export type FeedLock = <T>(task: () => Promise<T>, onWait?: () => void) => Promise<T>;

type LockManagerLike = {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
  request<T>(name: string, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

/** Where Web Locks are missing (Node, fake-indexeddb tests, old browsers) syncs in this realm still queue up. */
let queue: Promise<unknown> = Promise.resolve();
let queued = 0;

function inRealmLock<T>(task: () => Promise<T>, onWait?: () => void): Promise<T> {
  if (queued > 0) onWait?.();
  queued++;
  const run = queue.then(task);
  queue = run.catch(() => undefined).finally(() => queued--);
  return run;
}

function webLock(locks: LockManagerLike): FeedLock {
  return async <T>(task: () => Promise<T>, onWait?: () => void): Promise<T> => {
    const missed = Symbol('missed');
    const first = await locks.request<T | typeof missed>(FEED_LOCK_NAME, { ifAvailable: true }, (lock) =>
      lock ? task() : Promise.resolve(missed),
    );
    if (first !== missed) return first as T;
    onWait?.();
    return locks.request<T>(FEED_LOCK_NAME, () => task());
  };
}

/** The lock of this global scope: Web Locks in pages and workers, else the in-realm queue. */
export function feedLock(): FeedLock {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? webLock(locks) : inRealmLock;
}
