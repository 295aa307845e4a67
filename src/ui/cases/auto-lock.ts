// When an unlocked, protected device locks itself: after some minutes with nobody using Olé (0: never).

/** The choices offered, in minutes; 0 keeps the cases open until the tab is closed or "Lock now". */
export const AUTO_LOCK_CHOICES = [5, 15, 60, 0] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_CHOICES)[number];

/** A phone left on a table for a quarter of an hour is the case this guards against, without locking mid-thought. */
export const DEFAULT_AUTO_LOCK_MINUTES: AutoLockMinutes = 15;

/** Reads a stored setting: anything that is not one of the choices (a damaged or older value) gives the default. */
export function toAutoLockMinutes(stored: unknown): AutoLockMinutes {
  return AUTO_LOCK_CHOICES.find((choice) => choice === stored) ?? DEFAULT_AUTO_LOCK_MINUTES;
}

export function idleTooLong(lastActivityMs: number, nowMs: number, minutes: AutoLockMinutes): boolean {
  return minutes !== 0 && nowMs - lastActivityMs >= minutes * 60_000;
}
