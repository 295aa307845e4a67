// @vitest-environment jsdom
// Protected cases lock themselves after the chosen minutes without use, also when a sleeping tab is shown again.
import { createRoot } from 'solid-js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setAutoLockMinutes, createAutoLock } from '../../src/ui/cases/create-auto-lock.ts';
import {
  caseAccess,
  casesProtected,
  lockedAfterIdle,
  recheckCaseAccess,
  turnOffProtection,
  turnOnProtection,
  unlock,
} from '../../src/ui/cases/case-lock.ts';

const PASSPHRASE = 'correct horse battery';
const MINUTE = 60_000;
const status = () => caseAccess().status;

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

function start() {
  // Only the clock and intervals are faked: fake-indexeddb schedules its work with setImmediate.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  return createRoot((dispose) => {
    createAutoLock();
    return dispose;
  });
}

beforeAll(async () => {
  await recheckCaseAccess();
  expect((await turnOnProtection(PASSPHRASE)).ok).toBe(true);
});
beforeEach(async () => {
  if (status() !== 'open') expect((await unlock(PASSPHRASE)).ok).toBe(true);
  await setAutoLockMinutes(5);
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

describe('createAutoLock', () => {
  it('locks once the chosen minutes pass without use, not before, and says why', () => {
    const dispose = start();
    vi.advanceTimersByTime(5 * MINUTE - 10_000);
    expect(status()).toBe('open');
    vi.advanceTimersByTime(10_000);
    expect(status()).toBe('locked');
    expect(lockedAfterIdle()).toBe(5);
    dispose();
  });

  it('starts counting again at every tap, key, input, scroll or touch', () => {
    const dispose = start();
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) {
      vi.advanceTimersByTime(4 * MINUTE);
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
    }
    vi.advanceTimersByTime(4 * MINUTE);
    expect(status()).toBe('open');
    vi.advanceTimersByTime(MINUTE);
    expect(status()).toBe('locked');
    dispose();
  });

  it('locks the moment a sleeping tab is shown again after the minutes passed', () => {
    const dispose = start();
    setVisibility('hidden');
    vi.setSystemTime(Date.now() + 6 * MINUTE); // a hidden tab's timers do not run
    expect(status()).toBe('open');
    setVisibility('visible');
    expect(status()).toBe('locked');
    dispose();
  });

  it('does not lock when the choice is never', async () => {
    await setAutoLockMinutes(0);
    const dispose = start();
    vi.advanceTimersByTime(24 * 60 * MINUTE);
    setVisibility('visible');
    expect(status()).toBe('open');
    dispose();
  });

  it('stops checking and listening when disposed', () => {
    const dispose = start();
    expect(vi.getTimerCount()).toBe(1);
    const removed = vi.spyOn(document, 'removeEventListener');
    dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(removed.mock.calls.map((c) => c[0]).sort()).toEqual(
      ['input', 'keydown', 'pointerdown', 'touchstart', 'visibilitychange', 'wheel'].sort(),
    );
    vi.setSystemTime(Date.now() + 6 * MINUTE);
    setVisibility('visible');
    expect(status()).toBe('open');
    removed.mockRestore();
  });

  it('leaves unprotected cases alone, with no timer running', async () => {
    expect((await turnOffProtection(PASSPHRASE)).ok).toBe(true);
    expect(casesProtected()).toBe(false);
    const dispose = start();
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(Date.now() + 60 * MINUTE);
    setVisibility('visible');
    expect(status()).toBe('open');
    dispose();
    vi.useRealTimers();
    expect((await turnOnProtection(PASSPHRASE)).ok).toBe(true);
  });

  it('starts a timer when protection is turned on while it runs, and stops it when turned off', async () => {
    expect((await turnOffProtection(PASSPHRASE)).ok).toBe(true);
    const dispose = start();
    expect(vi.getTimerCount()).toBe(0);
    expect((await turnOnProtection(PASSPHRASE)).ok).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(status()).toBe('locked');
    expect(vi.getTimerCount()).toBe(0); // locked: nothing left to lock
    dispose();
  });
});
