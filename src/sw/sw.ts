// Olé's service worker: precaches the app shell, serves every route offline, and waits for the page's word to update.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { trustedKeys } from '../feed/trusted-keys.ts';
import { openOleDb } from '../storage/db.ts';
import { FEED_BASE_PATH, FEED_CHANNEL, FEED_SYNC_TAG } from '../sync/feed-location.ts';
import { syncFeed } from '../sync/sync-feed.ts';

declare const self: ServiceWorkerGlobalScope;
/** Injected at build time by src/cli/build/sw-plugin.ts: every file of the app shell with a content hash. */
declare const __PRECACHE_MANIFEST__: { url: string; revision: string }[];

precacheAndRoute(__PRECACHE_MANIFEST__);
cleanupOutdatedCaches();
// Deep links open offline: every navigation gets the precached page; the feed is never served from here.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/feed\//] }));

// A first install takes control at once; an update waits until the person chooses "Reload".
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Periodic Background Sync (installed apps in Chromium): pull the feed while no page is open.
type PeriodicSyncEvent = ExtendableEvent & { readonly tag: string };
self.addEventListener('periodicsync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
  const periodic = event as unknown as PeriodicSyncEvent;
  if (periodic.tag === FEED_SYNC_TAG) periodic.waitUntil(syncInBackground());
});

async function syncInBackground(): Promise<void> {
  const db = await openOleDb();
  try {
    const outcome = await syncFeed({
      db,
      trustedKeys,
      fetch: (input, init) => fetch(input, init),
      baseUrl: new URL(FEED_BASE_PATH, self.location.origin).href,
      now: () => new Date(),
    });
    if (outcome.ok && outcome.changed === 'updated') new BroadcastChannel(FEED_CHANNEL).postMessage('updated');
  } finally {
    db.close();
  }
}
