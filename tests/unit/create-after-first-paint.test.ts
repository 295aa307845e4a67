// @vitest-environment jsdom
// Below-the-fold sections wait for the first frame to paint, then render in a task of their own.
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { createAfterFirstPaint } from '../../src/ui/app/create-after-first-paint.ts';

afterEach(() => vi.useRealTimers());

describe('createAfterFirstPaint', () => {
  it('turns true only after the next frame, in the task after it, and stays true', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
    const { painted, dispose } = createRoot((dispose) => ({ painted: createAfterFirstPaint(), dispose }));
    expect(painted()).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(painted()).toBe(false); // the frame has painted; the work waits for a task of its own
    vi.advanceTimersByTime(1); // setTimeout(…, 0) waits a millisecond
    expect(painted()).toBe(true);
    vi.advanceTimersToNextFrame();
    vi.runAllTimers();
    expect(painted()).toBe(true);
    dispose();
  });

  it('asks for the frame when mounted, not before', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const dispose = createRoot((dispose) => {
      createAfterFirstPaint();
      expect(raf).not.toHaveBeenCalled(); // still rendering: onMount runs once the owner's setup is done
      return dispose;
    });
    expect(raf).toHaveBeenCalledTimes(1);
    dispose();
    raf.mockRestore();
  });
});
