// @vitest-environment jsdom
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../src/ui/worksheet/create-autosave.ts';

afterEach(() => vi.useRealTimers());

function setup() {
  vi.useFakeTimers();
  const saved: string[] = [];
  const savedLeaving: string[] = [];
  let dispose = () => {};
  const autosave = createRoot((d) => {
    dispose = d;
    return createAutosave('', (v) => void saved.push(v), {
      delayMs: 400,
      saveBeforeLeaving: (v) => void savedLeaving.push(v),
    });
  });
  return { saved, savedLeaving, autosave, dispose };
}

describe('createAutosave', () => {
  it('shows each change at once and writes once typing pauses', () => {
    const { saved, autosave, dispose } = setup();
    autosave.update(() => 'a');
    autosave.update((v) => `${v}b`);
    expect(autosave.value()).toBe('ab');
    vi.advanceTimersByTime(399);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(['ab']);
    dispose();
  });

  it('writes the last keystroke at once, the leaving way, when the page is hidden or closed, and only once', () => {
    const { saved, savedLeaving, autosave, dispose } = setup();
    autosave.update(() => 'x');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(savedLeaving).toEqual(['x']);
    autosave.update(() => 'xy');
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(1000);
    expect(savedLeaving).toEqual(['x', 'xy']);
    expect(saved).toEqual([]);
    dispose();
  });

  it('writes on flush (blur) and on leaving the page, never when nothing changed', () => {
    const { saved, autosave, dispose } = setup();
    autosave.flush();
    expect(saved).toEqual([]);
    autosave.update(() => 'q');
    autosave.flush();
    autosave.update(() => 'qr');
    dispose();
    expect(saved).toEqual(['q', 'qr']);
    window.dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['q', 'qr']);
  });

  it('writes again the leaving way when the page goes while a save is still running, and not once it has finished', async () => {
    vi.useFakeTimers();
    const savedLeaving: string[] = [];
    let finish = () => {};
    let dispose = () => {};
    const autosave = createRoot((d) => {
      dispose = d;
      return createAutosave('', () => new Promise<void>((resolve) => (finish = resolve)), {
        delayMs: 400,
        saveBeforeLeaving: (v) => void savedLeaving.push(v),
      });
    });
    autosave.update(() => 'last words');
    vi.advanceTimersByTime(400); // the pause's save starts, and is still running
    window.dispatchEvent(new Event('pagehide'));
    expect(savedLeaving).toEqual(['last words']);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    window.dispatchEvent(new Event('pagehide'));
    expect(savedLeaving).toEqual(['last words']);
    dispose();
  });
});
