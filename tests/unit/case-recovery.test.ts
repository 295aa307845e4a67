// While locked: new and imported cases stored plain until the next unlock seals them; "I forgot my passphrase" erases.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCase, makeCase, readCases, saveCase, updateCase, withAnswer } from '../../src/storage/cases.ts';
import { CaseUnreadableError, makeLockedCodec, ProtectionChangedError } from '../../src/storage/case-codec.ts';
import { importCase } from '../../src/storage/case-import.ts';
import {
  changePassphrase,
  protectCases,
  readProtection,
  sealPlainCases,
  unlockCases,
} from '../../src/storage/case-protection.ts';
import { eraseProtectedCases, surveyProtectedCases } from '../../src/storage/case-forgetting.ts';
import { journalLeaving } from '../../src/storage/leaving-journal.ts';
import { getSetting, putSetting } from '../../src/storage/settings-store.ts';
import { memoryStorage } from './helpers/memory-storage.ts';
import { openOleDb, type CaseRecord, type OleDb } from '../../src/storage/db.ts';

const PASSPHRASE = 'amber fox under the bridge';
const FAST = 1_000;

let db: OleDb;
let name: string;
let counter = 0;
beforeEach(async () => {
  name = `ole-recovery-${++counter}`;
  db = await openOleDb(name);
});
afterEach(async () => {
  db.close();
  await deleteDB(name);
});

/** One case saved, then protection turned on: the sealed case and the salt of the locked page's codec. */
async function protectedDevice() {
  const sealed = withAnswer(makeCase('Supplier dispute'), 'q.privacy', 3);
  await saveCase(db, sealed);
  const on = await protectCases(db, PASSPHRASE, FAST);
  if (!on.ok) throw new Error(on.reason);
  return { sealed, locked: makeLockedCodec(on.codec.protection!), codec: on.codec };
}

describe('a locked device', () => {
  it('stores a new case and an import in the clear, lists them, and counts the sealed ones as locked', async () => {
    const { sealed, locked } = await protectedDevice();
    const fresh = makeCase('Started while locked');
    await saveCase(db, fresh, locked);
    const imported = (await importCase(db, withAnswer(makeCase('From a file'), 'q.cost', 1), locked)).record;
    expect(await db.get('cases', fresh.id)).toEqual(fresh);
    expect(await db.get('cases', imported.id)).toEqual(imported);

    const shelf = await readCases(db, locked);
    expect(shelf.cases.map((c) => c.title).sort()).toEqual(['From a file', 'Started while locked']);
    expect(shelf.locked).toEqual([sealed.id]);
    expect(shelf.damaged).toEqual([]);
    // Protection stays on, and the sealed case stays unreadable without the key.
    expect(await readProtection(db)).toBeDefined();
    await expect(getCase(db, sealed.id, locked)).rejects.toBeInstanceOf(CaseUnreadableError);
  });

  it('edits its plain case, but cannot write over a sealed one', async () => {
    const { sealed, locked } = await protectedDevice();
    const fresh = makeCase('Started while locked');
    await saveCase(db, fresh, locked);
    const edited = await updateCase(db, fresh.id, (r) => withAnswer(r, 'q.area', 'family'), locked);
    expect(await db.get('cases', fresh.id)).toEqual(edited);
    const before = await db.get('cases', sealed.id);
    await expect(updateCase(db, sealed.id, (r) => ({ ...r, title: 'x' }), locked)).rejects.toBeInstanceOf(
      CaseUnreadableError,
    );
    expect(await db.get('cases', sealed.id)).toEqual(before);
  });

  it('has its plain cases sealed by the next unlock, every case then opening with the passphrase', async () => {
    const { sealed, locked } = await protectedDevice();
    const fresh = withAnswer(makeCase('Started while locked'), 'q.area', 'family');
    await saveCase(db, fresh, locked);
    const unlocked = await unlockCases(db, PASSPHRASE);
    if (!unlocked.ok) throw new Error(unlocked.reason);
    expect(await sealPlainCases(db, unlocked.codec)).toEqual([fresh.id]);
    expect(JSON.stringify(await db.getAll('cases'))).not.toContain('Started while locked');
    expect((await readCases(db, unlocked.codec)).cases.map((c) => c.id).sort()).toEqual([fresh.id, sealed.id].sort());
    expect((await readCases(db, locked)).locked).toHaveLength(2);
    // Nothing left to seal: no write at all.
    expect(await sealPlainCases(db, unlocked.codec)).toEqual([]);
  });

  it('writes nothing with a locked codec whose protection was re-keyed since', async () => {
    const { locked } = await protectedDevice();
    await changePassphrase(db, PASSPHRASE, 'a new passphrase here', FAST);
    await expect(saveCase(db, makeCase('Stale'), locked)).rejects.toBeInstanceOf(ProtectionChangedError);
    expect((await readCases(db, locked)).cases).toEqual([]);
  });
});

describe('I forgot my passphrase', () => {
  it('erases the sealed cases, the protection and its sealed journal entries; keeps plain cases and settings', async () => {
    const { sealed, locked, codec } = await protectedDevice();
    const plain = makeCase('Started while locked');
    await saveCase(db, plain, locked);
    await putSetting(db, 'shortlist', ['m-1']);
    await putSetting(db, 'caseAutoLockMinutes', 5);
    const storage = memoryStorage();
    journalLeaving(codec.closeNow({ ...sealed, updatedAt: '2030-01-01T00:00:00.000Z' }), codec.protection, storage);
    journalLeaving({ ...plain, updatedAt: '2030-01-01T00:00:00.000Z' }, locked.protection, storage);

    const seen = await surveyProtectedCases(db);
    expect(seen).toEqual({ protection: codec.protection, sealed: [sealed.id], plain: 1 });
    expect(await eraseProtectedCases(db, seen!, storage)).toEqual({ ok: true, erased: 1 });

    expect(await readProtection(db)).toBeUndefined();
    expect(await db.getAll('cases')).toEqual([plain]);
    expect(await getSetting(db, 'shortlist')).toEqual(['m-1']);
    expect(await getSetting(db, 'caseAutoLockMinutes')).toBe(5);
    expect([...storage.map.keys()]).toEqual([`ole.leaving.${plain.id}`]);
    expect(await surveyProtectedCases(db)).toBeUndefined();
    // A tab still holding the locked codec keeps its answer, stored plain now that protection is gone.
    const kept = await updateCase(db, plain.id, (r) => withAnswer(r, 'q.cost', 2), locked);
    expect(await db.get('cases', plain.id)).toEqual(kept);
  });

  it('erases nothing when the protected cases changed after they were shown (re-keyed, or one more sealed)', async () => {
    const { codec } = await protectedDevice();
    const seen = await surveyProtectedCases(db);
    await saveCase(db, makeCase('Sealed meanwhile'), codec);
    const before = JSON.stringify([await db.getAll('cases'), await readProtection(db)]);
    expect(await eraseProtectedCases(db, seen!)).toEqual({ ok: false, reason: 'changed' });

    const again = await surveyProtectedCases(db);
    await changePassphrase(db, PASSPHRASE, 'a new passphrase here', FAST);
    const rekeyed = JSON.stringify([await db.getAll('cases'), await readProtection(db)]);
    expect(await eraseProtectedCases(db, again!)).toEqual({ ok: false, reason: 'changed' });
    expect(JSON.stringify([await db.getAll('cases'), await readProtection(db)])).toBe(rekeyed);
    expect(rekeyed).not.toBe(before);
  });

  it('on a device with no protection there is nothing to erase', async () => {
    await saveCase(db, makeCase('Plain') satisfies CaseRecord);
    expect(await surveyProtectedCases(db)).toBeUndefined();
  });
});
