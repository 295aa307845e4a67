// Today's date (UTC, YYYY-MM-DD) as a signal that turns at midnight, so a page left open all night is not a day behind.
import { type Accessor, createSignal, onCleanup } from 'solid-js';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Milliseconds until the next UTC midnight, plus a second so the new day has surely begun. */
export function msToNextDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return next - now.getTime() + 1000;
}

/**
 * The day as statuses are computed (certification expiry, availability). A timer turns it at midnight; a hidden
 * tab's timers may be held back, so the day is read again whenever the page is shown.
 */
export function createToday(now: () => Date = () => new Date()): Accessor<string> {
  const [day, setDay] = createSignal(isoDay(now()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    setDay(isoDay(now()));
    timer = setTimeout(check, msToNextDay(now()));
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  timer = setTimeout(check, msToNextDay(now()));
  // A worker or a test without a DOM has no visibility to follow; the timer still turns the day.
  const doc = globalThis.document as Document | undefined;
  doc?.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(timer);
    doc?.removeEventListener('visibilitychange', onVisible);
  });
  return day;
}
