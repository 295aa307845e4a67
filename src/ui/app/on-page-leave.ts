import { onCleanup } from 'solid-js';

/**
 * Calls `leave` when the page is hidden or closed (a phone switching apps may never come back), for as long as the
 * calling component lives. Work started here must be queued at once: a closing page runs no later callbacks.
 */
export function onPageLeave(leave: () => void): void {
  const onVisibility = () => document.visibilityState === 'hidden' && leave();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', leave);
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', leave);
  });
}
