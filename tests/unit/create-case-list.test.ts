// The home screen's cases: read from IndexedDB newest first, every action written through, other tabs told and heard.
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCase, makeCase, saveCase } from '../../src/storage/cases.ts';
import type { CaseRecord } from '../../src/storage/db.ts';
import { useDb } from '../../src/ui/app/db.ts';
import { createCaseList } from '../../src/ui/cases/create-case-list.ts';

// The list also hears this page's own announcements (a BroadcastChannel reaches every other object of its name),
// and reads again: the last read to start wins, so what is shown settles a moment after an action returns.
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setImmediate(r));
  expect(check()).toBe(true);
}
const titles = (cases: readonly CaseRecord[] | undefined) => cases?.map((c) => c.title);

const channels: BroadcastChannel[] = [];
/** Another tab of the app, on the channel saved cases are announced on. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel('ole-cases');
  channels.push(channel);
  return channel;
}

async function setup() {
  const made = createRoot((dispose) => ({ dispose, list: createCaseList() }));
  await until(() => made.list.loaded());
  return made;
}

beforeEach(async () => {
  await (await useDb()).clear('cases');
});
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  vi.restoreAllMocks();
});

describe('createCaseList', () => {
  it('says when the first read has answered, and lists the cases newest first', async () => {
    const db = await useDb();
    await saveCase(db, makeCase('Older', new Date('2026-01-01')));
    await saveCase(db, makeCase('Newer', new Date('2026-02-01')));
    const { list, dispose } = createRoot((dispose) => ({ dispose, list: createCaseList() }));
    expect(list.loaded()).toBe(false);
    expect(list.cases()).toBeUndefined();
    await until(() => list.loaded());
    expect(titles(list.cases())).toEqual(['Newer', 'Older']);
    expect(list.damaged()).toEqual([]);
    dispose();
  });

  it('creates a case, with or without the code the other party sent, and tells the other tabs', async () => {
    const { list, dispose } = await setup();
    const tab = otherTab();
    const heard: unknown[] = [];
    tab.onmessage = (event: MessageEvent) => heard.push(event.data);
    const plain = await list.create('Supplier');
    const coded = await list.create('Neighbour', 'AQAAAAAAAAAAAAAAAG1v');
    expect(plain?.title).toBe('Supplier');
    expect(coded?.otherPartyCode).toBe('AQAAAAAAAAAAAAAAAG1v');
    expect(plain && 'otherPartyCode' in plain).toBe(false);
    await until(() => titles(list.cases())?.sort().join() === 'Neighbour,Supplier');
    expect((await getCase(await useDb(), coded!.id))?.otherPartyCode).toBe('AQAAAAAAAAAAAAAAAG1v');
    await until(() => heard.length === 2);
    expect(heard).toEqual([
      { caseId: plain!.id, from: expect.any(String) },
      { caseId: coded!.id, from: expect.any(String) },
    ]);
    dispose();
  });

  it('renames, duplicates, sets the code and removes, each stored and shown', async () => {
    const { list, dispose } = await setup();
    const record = (await list.create('Lease'))!;
    await list.rename(record.id, 'Shop lease');
    expect((await getCase(await useDb(), record.id))?.title).toBe('Shop lease');
    await until(() => titles(list.cases())?.join() === 'Shop lease');

    await list.duplicate(list.cases()![0]!);
    await until(() => titles(list.cases())?.sort().join() === 'Shop lease,Shop lease (copy)');

    await list.setOtherPartyCode(record.id, 'AQAAAAAAAAAAAAAAAG1v');
    await until(() => list.cases()?.find((c) => c.id === record.id)?.otherPartyCode === 'AQAAAAAAAAAAAAAAAG1v');

    await list.remove(record.id);
    expect(await getCase(await useDb(), record.id)).toBeUndefined();
    await until(() => titles(list.cases())?.join() === 'Shop lease (copy)');
    dispose();
  });

  it('reads the list again when another tab changed a case', async () => {
    const { list, dispose } = await setup();
    expect(list.cases()).toEqual([]);
    const elsewhere = makeCase('Saved in another tab');
    await saveCase(await useDb(), elsewhere);
    otherTab().postMessage({ caseId: elsewhere.id });
    await until(() => list.cases()?.length === 1);
    expect(titles(list.cases())).toEqual(['Saved in another tab']);
    dispose();
  });

  it('stops listening to the other tabs when disposed', async () => {
    const close = vi.spyOn(BroadcastChannel.prototype, 'close');
    const { dispose } = await setup();
    expect(close).not.toHaveBeenCalled();
    dispose();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('says when the disk is full, keeps what was stored, and clears the message once an action works', async () => {
    const { list, dispose } = await setup();
    const record = (await list.create('Kept'))!;
    await until(() => titles(list.cases())?.join() === 'Kept');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(await list.create('Lost')).toBeUndefined();
    expect(list.error()).toMatch(/out of storage space/);
    vi.restoreAllMocks();
    expect(titles(list.cases())).toEqual(['Kept']);
    await list.rename(record.id, 'Kept, renamed');
    expect(list.error()).toBeUndefined();
    await until(() => titles(list.cases())?.join() === 'Kept, renamed');
    dispose();
  });

  it('says a case deleted meanwhile is gone, rather than bringing it back', async () => {
    const { list, dispose } = await setup();
    const record = (await list.create('Deleted in another tab'))!;
    await (await useDb()).delete('cases', record.id);
    expect(await list.rename(record.id, 'Too late')).toBeUndefined();
    expect(list.error()).toBeTruthy();
    expect(await getCase(await useDb(), record.id)).toBeUndefined();
    dispose();
  });
});

describe('case changes', () => {
  it('a page does not re-read a case for its own announcement, only for another page’s', async () => {
    const { announceCaseChange, useCaseChanges } = await import('../../src/ui/cases/case-changes.ts');
    const seen: string[] = [];
    const probe = new BroadcastChannel('ole-cases');
    const delivered: string[] = [];
    probe.onmessage = (event: MessageEvent<{ caseId: string }>) => delivered.push(event.data.caseId);
    const dispose = createRoot((done) => {
      useCaseChanges((id) => seen.push(id));
      return done;
    });
    announceCaseChange('mine');
    const other = new BroadcastChannel('ole-cases');
    other.postMessage({ caseId: 'theirs', from: 'another page' });
    // Both messages have reached every listener once the probe has both.
    await until(() => delivered.length === 2 && seen.includes('theirs'));
    expect(seen).toEqual(['theirs']);
    for (const channel of [probe, other]) channel.close();
    dispose();
  });
});
