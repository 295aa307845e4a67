// Long tasks block taps (and count against Total Blocking Time): heavy work yields between steps so the page can paint.
type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a new task: after pending input and rendering, where the browser offers `scheduler.yield`, first. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the page has loaded and the main thread is idle: for work nobody waits for, like registering the service worker. */
export async function whenPageIdle(): Promise<void> {
  if (document.readyState !== 'complete')
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  await new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 2000 })
      : setTimeout(resolve, 200),
  );
}
