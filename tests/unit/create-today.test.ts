// @vitest-environment jsdom
// A directory left open overnight shows the next day's statuses: the day turns at UTC midnight, or when shown.
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createToday, msToNextDay } from '../../src/ui/app/create-today.ts';

afterEach(() => vi.useRealTimers());

describe('createToday', () => {
  it('turns at UTC midnight, and again the next night', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-12-01T23:59:30Z'));
    const { day, dispose } = createRoot((dispose) => ({ day: createToday(), dispose }));
    expect(day()).toBe('2026-12-01');
    vi.advanceTimersByTime(29_000);
    expect(day()).toBe('2026-12-01');
    vi.advanceTimersByTime(2_000);
    expect(day()).toBe('2026-12-02');
    vi.advanceTimersByTime(24 * 3600 * 1000);
    expect(day()).toBe('2026-12-03');
    dispose();
  });

  it('reads the day again when a hidden tab is shown (its timers may have been held back)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let now = new Date('2026-12-01T10:00:00Z');
    const { day, dispose } = createRoot((dispose) => ({ day: createToday(() => now), dispose }));
    now = new Date('2026-12-04T08:00:00Z');
    expect(day()).toBe('2026-12-01');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(day()).toBe('2026-12-04');
    dispose();
  });

  it('stops its timer when its owner is disposed', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dispose = createRoot((dispose) => {
      createToday();
      return dispose;
    });
    expect(vi.getTimerCount()).toBe(1);
    dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('msToNextDay is never more than a day and a second, nor zero', () => {
    expect(msToNextDay(new Date('2026-12-01T00:00:00Z'))).toBe(24 * 3600 * 1000 + 1000);
    expect(msToNextDay(new Date('2026-12-01T23:59:59.999Z'))).toBe(1001);
  });
});
