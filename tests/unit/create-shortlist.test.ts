// The shortlist: mediator ids kept on this device, read once, and every change written through to IndexedDB.
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSetting, putSetting } from '../../src/storage/settings-store.ts';
import { useDb } from '../../src/ui/app/db.ts';
import { createShortlist } from '../../src/ui/directory/create-shortlist.ts';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r));
  expect(check()).toBe(true);
}
const stored = async () => getSetting(await useDb(), 'shortlist');

function setup() {
  return createRoot((dispose) => ({ dispose, shortlist: createShortlist() }));
}

beforeEach(async () => {
  await (await useDb()).delete('settings', 'shortlist');
});
afterEach(() => vi.restoreAllMocks());

describe('createShortlist', () => {
  it('is empty on a device that never kept one', async () => {
    const { shortlist, dispose } = setup();
    expect(shortlist.ids()).toEqual([]);
    await until(() => shortlist.ids.state === 'ready');
    expect(shortlist.ids()).toEqual([]);
    expect(shortlist.has('m1')).toBe(false);
    dispose();
  });

  it('reads the ids kept before', async () => {
    await putSetting(await useDb(), 'shortlist', ['m2', 'm1']);
    const { shortlist, dispose } = setup();
    await until(() => shortlist.ids().length === 2);
    expect(shortlist.ids()).toEqual(['m2', 'm1']);
    expect(shortlist.has('m1')).toBe(true);
    dispose();
  });

  it('adds and removes by toggling, shows it at once and writes it through', async () => {
    const { shortlist, dispose } = setup();
    await until(() => shortlist.ids.state === 'ready');
    const adding = shortlist.toggle('m1');
    expect(shortlist.ids()).toEqual(['m1']);
    await adding;
    await shortlist.toggle('m2');
    expect(await stored()).toEqual(['m1', 'm2']);
    await shortlist.toggle('m1');
    expect(shortlist.ids()).toEqual(['m2']);
    expect(await stored()).toEqual(['m2']);
    dispose();
  });

  it('adds a shared list without doubles, keeping the order, and removes one', async () => {
    const { shortlist, dispose } = setup();
    await until(() => shortlist.ids.state === 'ready');
    await shortlist.toggle('m2');
    await shortlist.addAll(['m1', 'm2', 'm3', 'm1']);
    expect(shortlist.ids()).toEqual(['m2', 'm1', 'm3']);
    await shortlist.remove('m1');
    await shortlist.remove('not-there');
    expect(shortlist.ids()).toEqual(['m2', 'm3']);
    expect(await stored()).toEqual(['m2', 'm3']);
    dispose();
  });

  it('says when the disk is full, keeps the change on screen, and clears the message once a save works', async () => {
    const { shortlist, dispose } = setup();
    await until(() => shortlist.ids.state === 'ready');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await shortlist.toggle('m1');
    expect(shortlist.error()).toMatch(/out of storage space/);
    expect(shortlist.ids()).toEqual(['m1']);
    put.mockRestore();
    await shortlist.toggle('m2');
    expect(shortlist.error()).toBeUndefined();
    expect(await stored()).toEqual(['m1', 'm2']);
    dispose();
  });

  it('keeps the ids kept before when one is added before they have been read', async () => {
    await putSetting(await useDb(), 'shortlist', ['m1']);
    const { shortlist, dispose } = setup();
    await shortlist.toggle('m2'); // a tap as the page opens
    await until(() => shortlist.ids.state === 'ready');
    expect(await stored()).toEqual(['m1', 'm2']);
    expect(shortlist.ids()).toEqual(['m1', 'm2']);
    dispose();
  });
});
