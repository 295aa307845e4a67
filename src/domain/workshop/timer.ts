// The workshop's clock: a countdown that can pause, as plain values so it is tested without waiting.
export const WORKSHOP_MINUTES = 20;

export type WorkshopTimer = {
  readonly durationMs: number;
  /** When it was last started or resumed (ms since the epoch); null while paused. */
  readonly runningSince: number | null;
  /** Time run before the last start. */
  readonly elapsedBefore: number;
};

export const newTimer = (minutes = WORKSHOP_MINUTES): WorkshopTimer => ({
  durationMs: minutes * 60_000,
  runningSince: null,
  elapsedBefore: 0,
});

export const elapsed = (timer: WorkshopTimer, now: number) =>
  timer.elapsedBefore + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));

export const remaining = (timer: WorkshopTimer, now: number) => Math.max(0, timer.durationMs - elapsed(timer, now));

export const isRunning = (timer: WorkshopTimer) => timer.runningSince !== null;

export const isDone = (timer: WorkshopTimer, now: number) => remaining(timer, now) === 0;

/** Starts a paused timer, pauses a running one. */
export function toggleTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  return isRunning(timer)
    ? { ...timer, runningSince: null, elapsedBefore: elapsed(timer, now) }
    : { ...timer, runningSince: now };
}

/** "19:59": minutes and seconds left, a started second counting as whole so it reads 0:00 only at the end. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
