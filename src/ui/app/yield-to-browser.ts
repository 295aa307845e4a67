// Long tasks block taps (and count against Total Blocking Time): heavy work yields between steps so the page can paint.
type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a new task: after pending input and rendering, where the browser offers `scheduler.yield`, first. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
