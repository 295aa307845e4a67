import { batch, createContext, createRoot, createSignal, onCleanup, onMount, useContext } from 'solid-js';
import type { HeldFeed, SyncStatus } from '../../storage/db.ts';
import type { SyncOutcome } from '../../sync/sync-feed.ts';
import { FEED_BASE_PATH, FEED_CHANNEL, FEED_SYNC_TAG } from '../../sync/feed-location.ts';
import { useDb } from '../app/db.ts';
import { whenPageIdle } from '../app/yield-to-browser.ts';

export type FeedSync = ReturnType<typeof createFeedSync>;

/** In a worker where the browser has one; on the page otherwise (a test's DOM), or if the worker fails to start. */
async function syncOffThePage(baseUrl: string, onWait: () => void): Promise<SyncOutcome> {
  if (typeof Worker === 'function') {
    const { syncInWorker, SyncWorkerFailed } = await import('./sync-in-worker.ts');
    try {
      return await syncInWorker(baseUrl, onWait);
    } catch (error) {
      if (!(error instanceof SyncWorkerFailed)) throw error;
    }
  }
  // Loaded on demand: the first screen does not pay for signature checks.
  const [{ syncFeed }, { trustedKeys }] = await Promise.all([
    import('../../sync/sync-feed.ts'),
    import('../../feed/trusted-keys.ts'),
  ]);
  return syncFeed({
    db: await useDb(),
    trustedKeys,
    // No referrer, as from the worker: the page's address (a case's id) is nothing the feed's server needs.
    fetch: (input, init) => fetch(input, { ...init, referrerPolicy: 'no-referrer' }),
    baseUrl,
    now: () => new Date(),
    onWait,
  });
}

/** The directory's freshness: syncs at start-up when stale, when back online, on request; one per page. */
export function createFeedSync() {
  const [held, setHeld] = createSignal<HeldFeed>();
  const [status, setStatus] = createSignal<SyncStatus>();
  const [syncing, setSyncing] = createSignal(false);
  // What another tab or the service worker did to this sync: it waited for one, or one applied a newer edition.
  const [notice, setNotice] = createSignal<{ kind: 'waiting' } | { kind: 'superseded'; sequence: number }>();
  // Bumped when new data lands, so views of the directory reload.
  const [dataVersion, setDataVersion] = createSignal(0);

  // The stores are read after the first paint, in their own chunk: the home page shows no directory.
  const feedStore = () => import('../../storage/feed-store.ts');

  /** Reads what is held; `changed`: new data landed (another tab or the service worker), bumped with it. */
  async function refresh(changed = false) {
    const [db, { getHeldFeed, getSyncStatus }] = await Promise.all([useDb(), feedStore()]);
    const [nowHeld, nowStatus] = [await getHeldFeed(db), await getSyncStatus(db)];
    batch(() => {
      setHeld(nowHeld);
      setStatus(nowStatus);
      if (changed) setDataVersion((v) => v + 1);
    });
  }

  async function syncNow() {
    if (syncing()) return;
    setSyncing(true);
    setNotice(undefined);
    try {
      const baseUrl = new URL(FEED_BASE_PATH, window.location.origin).href;
      const onWait = () => setNotice({ kind: 'waiting' });
      const outcome = await syncOffThePage(baseUrl, onWait);
      setNotice(
        outcome.ok && outcome.changed === 'superseded' ? { kind: 'superseded', sequence: outcome.sequence } : undefined,
      );
      if (outcome.ok && outcome.changed === 'updated') channel?.postMessage('updated');
      const nowHeld = await (await feedStore()).getHeldFeed(await useDb());
      // The edition and the data version change together: a directory opened in between would pair the old
      // feed's index with the new records.
      batch(() => {
        if (outcome.ok && outcome.changed !== 'nothing') setDataVersion((v) => v + 1);
        // From the outcome, not storage: with a full disk the status itself cannot be saved.
        setStatus(
          outcome.ok
            ? { lastCheckedAt: outcome.checkedAt, ok: true }
            : { lastCheckedAt: outcome.checkedAt, ok: false, code: outcome.code, detail: outcome.detail },
        );
        setHeld(nowHeld);
      });
    } finally {
      setSyncing(false);
    }
  }

  const onOnline = () => void syncNow();
  // Another tab or the service worker applied a new feed: show it here too.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(FEED_CHANNEL) : undefined;
  if (channel) {
    channel.onmessage = () => void refresh(true);
  }
  let disposed = false;
  onMount(async () => {
    await refresh();
    if (disposed) return; // the page left before the first read finished: no sync, no listener left behind
    const { isCheckDue } = await import('../../sync/schedule.ts');
    if (disposed) return;
    if (isCheckDue(status(), new Date())) void syncNow();
    window.addEventListener('online', onOnline);
    void whenPageIdle().then(registerPeriodicSync);
  });
  onCleanup(() => {
    disposed = true;
    window.removeEventListener('online', onOnline);
    channel?.close();
  });

  return { held, status, syncing, notice, dataVersion, syncNow };
}

/** Where the browser offers Periodic Background Sync (installed Chromium apps), the worker pulls the feed too. */
async function registerPeriodicSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    const periodic = (
      registration as
        | (ServiceWorkerRegistration & {
            periodicSync?: { register(tag: string, o: { minInterval: number }): Promise<void> };
          })
        | undefined
    )?.periodicSync;
    if (!periodic) return;
    const permission = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    if (permission.state === 'granted') await periodic.register(FEED_SYNC_TAG, { minInterval: 12 * 3_600_000 });
  } catch {
    // Not offered here: start-up, online and manual syncs still run.
  }
}

/** A test or a story may provide its own; the app has one for the page's lifetime. */
export const FeedSyncContext = createContext<FeedSync>();

let appSync: FeedSync | undefined;

/** The page's one sync, made on first use: the layout starts it after the first paint, a directory page on opening. */
export function appFeedSync(): FeedSync {
  appSync ??= createRoot(() => createFeedSync());
  return appSync;
}

export function useFeedSync(): FeedSync {
  return useContext(FeedSyncContext) ?? appFeedSync();
}
