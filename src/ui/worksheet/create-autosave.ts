import { createSignal, onCleanup } from 'solid-js';

/** Typing pauses this long before a write; a blur, a hidden tab or a closed page writes at once. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * A value edited locally and written through `save` after a pause in typing, and at once when the page is hidden
 * or closed (visibilitychange, pagehide) or when `flush` is called (on blur), so the last keystroke is kept.
 */
export function createAutosave<T>(initial: T, save: (value: T) => Promise<void> | void, delayMs = AUTOSAVE_DELAY_MS) {
  const [value, setValue] = createSignal(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    void save(value());
  };
  const update = (change: (current: T) => T) => {
    setValue(() => change(value()));
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    flush(); // leaving the page by a link keeps what was typed
  });

  return { value, update, flush };
}
