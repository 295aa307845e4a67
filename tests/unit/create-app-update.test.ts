// @vitest-environment jsdom
// The service worker is registered once the page is idle; a new version waits until the person chooses to reload.
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A Workbox that records what the page asks of it, and lets a test fire its events. */
class FakeWorkbox {
  static last: FakeWorkbox | undefined;
  readonly listeners = new Map<string, (() => void)[]>();
  registered = false;
  skipWaitingSent = false;
  constructor(readonly url: string) {
    FakeWorkbox.last = this;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  async register() {
    this.registered = true;
  }
  messageSkipWaiting() {
    this.skipWaitingSent = true;
  }
}
vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(check()).toBe(true);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  FakeWorkbox.last = undefined;
});

async function start() {
  const { createAppUpdate } = await import('../../src/ui/app/create-app-update.ts');
  return createRoot((dispose) => ({ update: createAppUpdate(), dispose }));
}

describe('createAppUpdate', () => {
  it('registers /sw.js in a production build once idle, says when a version waits, reloads only on request', async () => {
    vi.stubEnv('PROD', true);
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const { update, dispose } = await start();
    await until(() => FakeWorkbox.last?.registered === true);
    expect(FakeWorkbox.last!.url).toBe('/sw.js');
    expect(update.waiting()).toBe(false);

    FakeWorkbox.last!.fire('waiting');
    expect(update.waiting()).toBe(true);
    update.later();
    expect(update.waiting()).toBe(false);
    expect(FakeWorkbox.last!.skipWaitingSent).toBe(false); // "Later" changes nothing but the notice

    update.reload();
    expect(FakeWorkbox.last!.skipWaitingSent).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    FakeWorkbox.last!.fire('controlling'); // the new worker has taken over: now the page reloads
    expect(reload).toHaveBeenCalledTimes(1);
    dispose();
  });

  it('registers nothing outside a production build, and reload then does nothing', async () => {
    vi.stubEnv('PROD', false);
    const { update, dispose } = await start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeWorkbox.last).toBeUndefined();
    update.reload();
    expect(update.waiting()).toBe(false);
    dispose();
  });
});
