// @vitest-environment jsdom
// The directory's freshness: a sync at start-up when stale, again when back online, news from other tabs heard.
import { createRoot } from 'solid-js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FEED_CHANNEL } from '../../src/sync/feed-location.ts';
import { createFeedSync } from '../../src/ui/directory/create-feed-sync.ts';

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 5000 });

// A sync loads its modules on demand; loaded once here, so the first test does not wait on the transform.
beforeAll(async () => {
  await Promise.all([import('../../src/sync/sync-feed.ts'), import('../../src/feed/trusted-keys.ts')]);
});

function offline() {
  return vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
}

/** The 'online' listeners added to the window and not removed since, in the order the calls were made. */
function onlineListeners() {
  const add = vi.spyOn(window, 'addEventListener');
  const remove = vi.spyOn(window, 'removeEventListener');
  return () => {
    const calls = [
      ...add.mock.calls.map((args, i) => ({ added: true, args, order: add.mock.invocationCallOrder[i]! })),
      ...remove.mock.calls.map((args, i) => ({ added: false, args, order: remove.mock.invocationCallOrder[i]! })),
    ].sort((a, b) => a.order - b.order);
    const live = new Set<unknown>();
    for (const { added, args } of calls) {
      if (args[0] !== 'online') continue;
      if (added) live.add(args[1]);
      else live.delete(args[1]);
    }
    return live.size;
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('createFeedSync', () => {
  it('syncs at start-up when no check was ever made, and says why it failed', async () => {
    const fetch = offline();
    vi.stubGlobal('fetch', fetch);
    const { sync, dispose } = createRoot((dispose) => ({ dispose, sync: createFeedSync() }));
    await until(() => sync.status() !== undefined && !sync.syncing());
    expect(fetch).toHaveBeenCalled();
    expect(sync.status()?.ok).toBe(false);
    expect(sync.held()).toBeUndefined();
    dispose();
  });

  it('syncs again when the device is back online, until disposed', async () => {
    const fetch = offline();
    vi.stubGlobal('fetch', fetch);
    const live = onlineListeners();
    const { sync, dispose } = createRoot((dispose) => ({ dispose, sync: createFeedSync() }));
    await until(() => live() === 1 && sync.status() !== undefined && !sync.syncing());
    const calls = fetch.mock.calls.length;
    window.dispatchEvent(new Event('online'));
    expect(sync.syncing()).toBe(true);
    await until(() => !sync.syncing());
    expect(fetch.mock.calls.length).toBeGreaterThan(calls);
    dispose();
    expect(live()).toBe(0);
  });

  it('reloads when another tab or the worker applied a feed, and closes its channel when disposed', async () => {
    vi.stubGlobal('fetch', offline());
    const close = vi.spyOn(BroadcastChannel.prototype, 'close');
    const { sync, dispose } = createRoot((dispose) => ({ dispose, sync: createFeedSync() }));
    await until(() => sync.status() !== undefined && !sync.syncing());
    const version = sync.dataVersion();
    const otherTab = new BroadcastChannel(FEED_CHANNEL);
    otherTab.postMessage('updated');
    await until(() => sync.dataVersion() === version + 1);
    otherTab.close();
    close.mockClear();
    dispose();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('leaves no online listener behind when disposed before its first read has finished', async () => {
    const fetch = offline();
    vi.stubGlobal('fetch', fetch);
    const live = onlineListeners();
    const dispose = createRoot((dispose) => {
      createFeedSync();
      return dispose;
    });
    dispose(); // the page was left at once
    // A page opened next reads after the left one did: once it has its status, the left one's read is over too.
    const next = createRoot((dispose) => ({ dispose, sync: createFeedSync() }));
    await until(() => next.sync.status() !== undefined);
    expect(live()).toBe(1); // the open page's only
    next.dispose();
    expect(live()).toBe(0);
  });
});
