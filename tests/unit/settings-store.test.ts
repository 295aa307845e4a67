import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { DamagedSettingError, getSetting, putSetting, readSetting } from '../../src/storage/settings-store.ts';

let n = 0;
const opened: { db: OleDb; name: string }[] = [];
async function freshDb(): Promise<OleDb> {
  const name = `settings-${++n}`;
  const db = await openOleDb(name);
  opened.push({ db, name });
  return db;
}
afterEach(async () => {
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await deleteDB(name);
  }
});

const mentee = {
  countries: ['FR'],
  languages: ['fr'],
  interests: ['family'],
  wants: ['observe'],
  online: true,
} as const;
const protection = {
  version: 1,
  key: { kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdA==' },
  check: { iv: 'aXY=', data: 'ZGF0YQ==' },
} as const;

describe('the settings map: one type per key, checked when read', () => {
  it('gives back what was put, per key', async () => {
    const db = await freshDb();
    await putSetting(db, 'shortlist', ['m1', 'm2']);
    await putSetting(db, 'mentee', mentee);
    await putSetting(db, 'caseAutoLockMinutes', 5);
    await putSetting(db, 'caseProtection', protection);
    expect(await getSetting(db, 'shortlist')).toEqual(['m1', 'm2']);
    expect(await getSetting(db, 'mentee')).toEqual(mentee);
    expect(await getSetting(db, 'caseAutoLockMinutes')).toBe(5);
    expect(await getSetting(db, 'caseProtection')).toEqual(protection);
  });

  it('reads a damaged or older value as unset, so the default applies instead of a crash', async () => {
    const db = await freshDb();
    // Written as an older build or a damaged disk might have left them: the types say no, the store holds anything.
    await db.put('settings', 'm1,m2' as never, 'shortlist');
    await db.put('settings', { countries: 'FR' } as never, 'mentee');
    await db.put('settings', '15' as never, 'caseAutoLockMinutes');
    expect(await getSetting(db, 'shortlist')).toBeUndefined();
    expect(await getSetting(db, 'mentee')).toBeUndefined();
    expect(await getSetting(db, 'caseAutoLockMinutes')).toBeUndefined();
    expect(readSetting('shortlist', ['ok', 3])).toBeUndefined();
    expect(readSetting('caseAutoLockMinutes', Number.NaN)).toBeUndefined();
  });

  it('refuses damaged protection settings rather than treat the cases as unprotected', async () => {
    const db = await freshDb();
    expect(await getSetting(db, 'caseProtection')).toBeUndefined();
    await db.put('settings', { ...protection, key: { salt: 1 } } as never, 'caseProtection');
    await expect(getSetting(db, 'caseProtection')).rejects.toBeInstanceOf(DamagedSettingError);
    expect(() => readSetting('caseProtection', { version: 2 })).toThrow(DamagedSettingError);
  });
});
