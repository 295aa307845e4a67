// A setting changed just before its page went: journalled at once, stored by the next page.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { putSettingDurably, replaySettings } from '../../src/storage/settings-journal.ts';
import { getSetting, putSetting } from '../../src/storage/settings-store.ts';
import { memoryStorage } from './helpers/memory-storage.ts';

let db: OleDb;
let name: string;
let counter = 0;
beforeEach(async () => {
  name = `ole-settings-journal-${++counter}`;
  db = await openOleDb(name);
});
afterEach(async () => {
  db.close();
  await deleteDB(name);
});

describe('settings journal', () => {
  it('journals the value before the database is even open, and clears it once stored', async () => {
    const storage = memoryStorage();
    let open!: (db: OleDb) => void;
    const opening = new Promise<OleDb>((resolve) => (open = resolve));
    const writing = putSettingDurably(opening, 'shortlist', ['a', 'b'], storage);
    expect(JSON.parse(storage.map.get('ole.setting.shortlist')!)).toEqual(['a', 'b']);
    open(db);
    await writing;
    expect(await getSetting(db, 'shortlist')).toEqual(['a', 'b']);
    expect(storage.map.size).toBe(0);
  });

  it('stores a change whose IndexedDB write died with its page', async () => {
    await putSetting(db, 'shortlist', ['a', 'b', 'c']);
    const storage = memoryStorage();
    // The page removed "c" and was reloaded before its write landed.
    void putSettingDurably(new Promise<OleDb>(() => undefined), 'shortlist', ['a', 'b'], storage);
    await replaySettings(db, storage);
    expect(await getSetting(db, 'shortlist')).toEqual(['a', 'b']);
    expect(storage.map.size).toBe(0);
  });

  it('keeps the later of two changes when the earlier one lands last', async () => {
    const storage = memoryStorage();
    let open!: (db: OleDb) => void;
    const slow = new Promise<OleDb>((resolve) => (open = resolve));
    const first = putSettingDurably(slow, 'caseAutoLockMinutes', 5, storage);
    void putSettingDurably(new Promise<OleDb>(() => undefined), 'caseAutoLockMinutes', 15, storage);
    open(db);
    await first;
    expect(storage.map.get('ole.setting.caseAutoLockMinutes')).toBe('15');
    await replaySettings(db, storage);
    expect(await getSetting(db, 'caseAutoLockMinutes')).toBe(15);
  });

  it('leaves an entry another tab wrote during the replay, and drops an old one when a new one cannot be written', async () => {
    const storage = memoryStorage();
    storage.setItem('ole.setting.shortlist', '["a"]');
    const replaying = replaySettings(db, storage);
    storage.setItem('ole.setting.shortlist', '["a","b"]'); // another tab, while this one was writing
    await replaying;
    expect(storage.map.get('ole.setting.shortlist')).toBe('["a","b"]');

    const full = memoryStorage();
    full.setItem('ole.setting.shortlist', '["old"]');
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    await putSettingDurably(Promise.resolve(db), 'shortlist', ['new'], full);
    expect(full.map.has('ole.setting.shortlist')).toBe(false);
    await replaySettings(db, full);
    expect(await getSetting(db, 'shortlist')).toEqual(['new']);
  });

  it('drops a damaged or foreign-shaped entry without storing it', async () => {
    await putSetting(db, 'shortlist', ['kept']);
    const storage = memoryStorage();
    storage.setItem('ole.setting.shortlist', '{"not":"a list"}');
    storage.setItem('ole.setting.mentee', 'not json');
    await replaySettings(db, storage);
    expect(await getSetting(db, 'shortlist')).toEqual(['kept']);
    expect(await getSetting(db, 'mentee')).toBeUndefined();
    expect(storage.map.size).toBe(0);
  });
});
