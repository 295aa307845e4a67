import { createEffect, createSignal, onCleanup } from 'solid-js';
import { getSetting } from '../../storage/settings-store.ts';
import { putSettingDurably } from '../../storage/settings-journal.ts';
import { useDb } from '../app/db.ts';
import { DEFAULT_AUTO_LOCK_MINUTES, idleTooLong, toAutoLockMinutes, type AutoLockMinutes } from './auto-lock.ts';
import { casesProtected, lockCases } from './case-lock.ts';

const SETTING = 'caseAutoLockMinutes';
/** Often enough that a lock comes within a few seconds of its time; the check itself is a subtraction. */
const CHECK_EVERY_MS = 10_000;
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

const [minutes, setMinutes] = createSignal<AutoLockMinutes>(DEFAULT_AUTO_LOCK_MINUTES);
let _reading: Promise<void> | undefined;
let chosenHere = false;

/** The device's choice (the default until it is read). */
export function autoLockMinutes(): AutoLockMinutes {
  _reading ??= useDb()
    .then((db) => getSetting(db, SETTING))
    .then((stored) => void (chosenHere || setMinutes(toAutoLockMinutes(stored))));
  return minutes();
}

export async function setAutoLockMinutes(choice: AutoLockMinutes): Promise<void> {
  chosenHere = true;
  setMinutes(choice);
  await putSettingDurably(useDb(), SETTING, choice);
}

/**
 * Locks protected cases after the chosen minutes without a tap, key or scroll. Timers sleep in a hidden tab, so
 * the time is also checked the moment the page is shown again, before anyone can read it.
 */
export function createAutoLock(): void {
  let lastActivity = Date.now();
  const touched = () => {
    lastActivity = Date.now();
  };
  const check = () => {
    const limit = autoLockMinutes();
    if (casesProtected() && idleTooLong(lastActivity, Date.now(), limit)) lockCases(limit);
  };
  const onVisibility = () => document.visibilityState === 'visible' && check();
  for (const type of ACTIVITY) document.addEventListener(type, touched, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  onCleanup(() => {
    for (const type of ACTIVITY) document.removeEventListener(type, touched, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
  });
  createEffect(() => {
    if (!casesProtected()) return;
    touched(); // just unlocked or protected: the person is here
    const timer = setInterval(check, CHECK_EVERY_MS);
    onCleanup(() => clearInterval(timer));
  });
}
