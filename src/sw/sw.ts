// Olé's service worker: precaches the app shell, serves every route offline, and waits for the page's word to update.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

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
