import { createSignal, onCleanup } from 'solid-js';
import { onPageLeave } from '../app/on-page-leave.ts';

/** Typing pauses this long before a write; a blur, a hidden tab or a closed page writes at once. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * A value edited locally and written through `save` after a pause in typing, and at once when the page is hidden
 * or closed (visibilitychange, pagehide) or when `flush` is called (on blur), so the last keystroke is kept.
 */
export function createAutosave<T>(
  initial: T,
  save: (value: T) => unknown,
  options: { delayMs?: number; saveBeforeLeaving?: (value: T) => void } = {},
) {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const [value, setValue] = createSignal(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let savesInFlight = 0;

  const write = (how: (value: T) => unknown) => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    const saving = how(value());
    if (saving instanceof Promise) {
      savesInFlight++;
      void saving.finally(() => savesInFlight--);
    }
  };
  const flush = () => write(save);
  // A save still running when the page goes may never finish (its next step waits on a callback that never comes),
  // so leaving writes again, the leaving way, unless everything typed is already stored.
  const leave = () => {
    if (savesInFlight > 0) dirty = true;
    write(options.saveBeforeLeaving ?? save);
  };
  const update = (change: (current: T) => T) => {
    setValue(() => change(value()));
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  /** Takes in a value saved elsewhere (another tab) without writing it again; edits not yet written stay pending. */
  const absorb = (next: T) => setValue(() => next);
  onPageLeave(leave);
  onCleanup(flush); // leaving the page by a link keeps what was typed

  return { value, update, flush, absorb };
}
