import { createSignal, onMount } from 'solid-js';
import type { Workbox } from 'workbox-window';
import { whenPageIdle } from './yield-to-browser.ts';

/** Registers the service worker and says when a new version waits; reloading is the person's choice. */
export function createAppUpdate() {
  const [waiting, setWaiting] = createSignal(false);
  let workbox: Workbox | undefined;

  onMount(async () => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    await whenPageIdle(); // as Workbox advises: the first screen's loading does not compete with the worker's
    const { Workbox } = await import('workbox-window');
    workbox = new Workbox('/sw.js');
    workbox.addEventListener('waiting', () => setWaiting(true));
    await workbox.register();
  });

  return {
    waiting,
    reload() {
      if (!workbox) return;
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    },
    later: () => setWaiting(false),
  };
}
