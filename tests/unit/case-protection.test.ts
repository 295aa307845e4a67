import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { openOleDb, type CaseRecord, type OleDb } from '../../src/storage/db.ts';
import { getCase, listCases, makeCase, readCases, saveCase, updateCase, withAnswer } from '../../src/storage/cases.ts';
import fc from 'fast-check';
import {
  deriveCaseKey,
  newKeyParams,
  PBKDF2_ITERATIONS,
  seal,
  sealNow,
  unseal,
} from '../../src/storage/case-crypto.ts';
import {
  CaseUnreadableError,
  ProtectionChangedError,
  plainCodec,
  type CaseCodec,
} from '../../src/storage/case-codec.ts';
import {
  changePassphrase,
  protectCases,
  readProtection,
  unlockCases,
  unprotectCases,
} from '../../src/storage/case-protection.ts';
import { importCase } from '../../src/storage/case-import.ts';
import { sampleWorksheet } from './helpers/worksheet-sample.ts';

// Few iterations keep the suite quick; the real count is checked on its own below.
const FAST = 1_000;
const OLD = 'correct horse battery';
const NEW = 'staple of the new era';

let db: OleDb;
let name: string;
let counter = 0;

beforeEach(async () => {
  name = `ole-protect-${++counter}`;
  db = await openOleDb(name);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await deleteDB(name);
});

function sample(title: string, answer: number): CaseRecord {
  return { ...withAnswer(makeCase(title), 'q.privacy', answer), worksheet: sampleWorksheet };
}

async function saveSamples(): Promise<CaseRecord[]> {
  const cases = [sample('Supplier dispute', 3), sample('Neighbour', 1), sample('Lease', 2)];
  for (const record of cases) await saveCase(db, record);
  return cases;
}

async function unlock(passphrase: string): Promise<CaseCodec> {
  const unlocked = await unlockCases(db, passphrase);
  if (!unlocked.ok) throw new Error(`expected ${passphrase} to unlock, got ${unlocked.reason}`);
  return unlocked.codec;
}

const byTitle = (cases: CaseRecord[]) => [...cases].sort((a, b) => a.title.localeCompare(b.title));

/** Makes the nth put of any object store throw, as a full disk or a crash would part-way through. */
function failPutNumber(n: number): void {
  const native = IDBObjectStore.prototype; // idb calls the native store's put (fake-indexeddb's here)
  const put = native.put;
  let calls = 0;
  vi.spyOn(native, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

describe('passphrase protection of stored cases', () => {
  it('derives its key with PBKDF2-SHA-256 and at least 310,000 iterations by default', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const record = sample('Slow key', 1);
    await saveCase(db, record);
    expect((await protectCases(db, OLD)).ok).toBe(true);
    const config = await readProtection(db);
    expect(config?.key).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(atob(config!.key.salt)).toHaveLength(16);
    expect(await getCase(db, record.id, await unlock(OLD))).toEqual(record);
  }, 30_000);

  it('stores names, answers and worksheet only as ciphertext, with a fresh IV for every write', async () => {
    const [first] = await saveSamples();
    const protectedCases = await protectCases(db, OLD, FAST);
    if (!protectedCases.ok) throw new Error('not protected');
    const raw = await db.getAll('cases');
    const text = JSON.stringify(raw);
    for (const secret of ['Supplier dispute', 'q.privacy', 'Buyer Ltd', 'updatedAt'])
      expect(text).not.toContain(secret);
    expect(raw.every((stored) => Object.keys(stored).sort().join() === 'id,sealed')).toBe(true);

    const ivBefore = JSON.stringify(await db.get('cases', first!.id));
    await updateCase(db, first!.id, (r) => r, protectedCases.codec);
    const ivAfter = JSON.stringify(await db.get('cases', first!.id));
    expect(ivAfter).not.toBe(ivBefore);
    const ivs = (await db.getAll('cases')).map((stored) => ('sealed' in stored ? stored.sealed.iv : ''));
    expect(new Set(ivs).size).toBe(ivs.length);
  });

  it('opens every case, answers and worksheet included, with the right passphrase after reopening', async () => {
    const cases = await saveSamples();
    await protectCases(db, OLD, FAST);
    db.close();
    db = await openOleDb(name);
    const codec = await unlock(OLD);
    expect(byTitle(await listCases(db, codec))).toEqual(byTitle(cases));
    // Without the key nothing is shown as if it were plain: each sealed case is counted as locked.
    const locked = await readCases(db);
    expect(locked.cases).toEqual([]);
    expect(locked.locked.sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('a wrong passphrase is refused and changes nothing', async () => {
    await saveSamples();
    await protectCases(db, OLD, FAST);
    const before = JSON.stringify([await db.getAll('cases'), await readProtection(db)]);
    expect(await unlockCases(db, 'not the passphrase')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await changePassphrase(db, 'not the passphrase', NEW, FAST)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    expect(await unprotectCases(db, 'not the passphrase')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(JSON.stringify([await db.getAll('cases'), await readProtection(db)])).toBe(before);
    expect(await listCases(db, await unlock(OLD))).toHaveLength(3);
  });

  it('a tampered case is reported as damaged, by id, and the other cases still open', async () => {
    const [first, second] = await saveSamples();
    await protectCases(db, OLD, FAST);
    const stored = await db.get('cases', first!.id);
    if (!stored || !('sealed' in stored)) throw new Error('expected a sealed case');
    const bytes = Uint8Array.from(atob(stored.sealed.data), (c) => c.charCodeAt(0));
    bytes[5]! ^= 1;
    await db.put('cases', { ...stored, sealed: { ...stored.sealed, data: btoa(String.fromCharCode(...bytes)) } });
    // A sealed record moved under another id is caught too: the id is authenticated.
    const other = await db.get('cases', second!.id);
    await db.put('cases', { ...other!, id: 'moved' });

    const codec = await unlock(OLD);
    const shelf = await readCases(db, codec);
    expect(shelf.damaged.sort()).toEqual([first!.id, 'moved'].sort());
    expect(shelf.cases.map((c) => c.title).sort()).toEqual(['Lease', 'Neighbour']);
    await expect(getCase(db, first!.id, codec)).rejects.toThrow(/changed or damaged/);
    // Re-keying would make a damaged case unreadable for good: it is refused, and nothing changes.
    const before = JSON.stringify(await db.getAll('cases'));
    await expect(changePassphrase(db, OLD, NEW, FAST)).rejects.toBeInstanceOf(CaseUnreadableError);
    expect(JSON.stringify(await db.getAll('cases'))).toBe(before);
  });

  it('changing the passphrase re-encrypts every case: the new one opens them, the old one no longer does', async () => {
    const cases = await saveSamples();
    await protectCases(db, OLD, FAST);
    const changed = await changePassphrase(db, OLD, NEW, FAST);
    expect(changed.ok).toBe(true);
    expect(await unlockCases(db, OLD)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(byTitle(await listCases(db, await unlock(NEW)))).toEqual(byTitle(cases));
  });

  it('a failure part-way through a passphrase change leaves every case readable with the old passphrase', async () => {
    const cases = await saveSamples();
    await protectCases(db, OLD, FAST);
    const before = JSON.stringify([await db.getAll('cases'), await readProtection(db)]);
    failPutNumber(2); // the first case is re-encrypted, the second write fails
    await expect(changePassphrase(db, OLD, NEW, FAST)).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(JSON.stringify([await db.getAll('cases'), await readProtection(db)])).toBe(before);
    expect(byTitle(await listCases(db, await unlock(OLD)))).toEqual(byTitle(cases));
    expect((await unlockCases(db, NEW)).ok).toBe(false);
  });

  it('a failure part-way through turning protection on or off leaves every case as it was', async () => {
    const cases = await saveSamples();
    failPutNumber(2);
    await expect(protectCases(db, OLD, FAST)).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await readProtection(db)).toBeUndefined();
    expect(byTitle(await listCases(db))).toEqual(byTitle(cases));

    await protectCases(db, OLD, FAST);
    failPutNumber(3);
    await expect(unprotectCases(db, OLD)).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(byTitle(await listCases(db, await unlock(OLD)))).toEqual(byTitle(cases));
  });

  it('turning protection off stores every case plain again, as it was', async () => {
    const cases = await saveSamples();
    await protectCases(db, OLD, FAST);
    expect(await unprotectCases(db, OLD)).toEqual({ ok: true });
    expect(await readProtection(db)).toBeUndefined();
    expect(byTitle(await listCases(db))).toEqual(byTitle(cases));
    expect(await unlockCases(db, OLD)).toEqual({ ok: false, reason: 'not-protected' });
  });

  it('autosave keeps writing while unlocked, and two tabs’ answers to different questions both stay', async () => {
    const [record] = await saveSamples();
    await protectCases(db, OLD, FAST);
    const tabA = await unlock(OLD);
    const tabB = await unlock(OLD);
    await Promise.all([
      updateCase(db, record!.id, (r) => withAnswer(r, 'q.cost', 1), tabA),
      updateCase(db, record!.id, (r) => withAnswer(r, 'q.speed', 2), tabB),
      updateCase(db, record!.id, (r) => ({ ...r, worksheet: { ...sampleWorksheet, facts: 'Edited' } }), tabA),
    ]);
    const stored = await getCase(db, record!.id, tabA);
    expect(stored?.answers).toEqual({ 'q.privacy': 3, 'q.cost': 1, 'q.speed': 2 });
    expect(stored?.worksheet?.facts).toBe('Edited');
  });

  it('a draft (a case started, not stored) is created sealed by its first write, and two first writes keep both', async () => {
    await protectCases(db, OLD, FAST);
    const tabA = await unlock(OLD);
    const draft = makeCase('Draft');
    await Promise.all([
      updateCase(db, draft.id, (r) => withAnswer(r, 'q.cost', 1), tabA, { draft }),
      updateCase(db, draft.id, (r) => withAnswer(r, 'q.speed', 2), tabA, { draft }),
    ]);
    expect((await getCase(db, draft.id, tabA))?.answers).toEqual({ 'q.cost': 1, 'q.speed': 2 });
    expect(JSON.stringify(await db.get('cases', draft.id))).not.toContain('q.cost'); // sealed, not plain
  });

  it('a tab that still holds an old key or no key cannot write once protection changed elsewhere', async () => {
    const record = sample('Stale tab', 1);
    await saveCase(db, record);
    await protectCases(db, OLD, FAST);
    const stale = await unlock(OLD);
    await expect(saveCase(db, sample('Plain after protection', 2), plainCodec)).rejects.toBeInstanceOf(
      ProtectionChangedError,
    );
    await changePassphrase(db, OLD, NEW, FAST);
    await expect(updateCase(db, record.id, (r) => withAnswer(r, 'q.cost', 1), stale)).rejects.toThrow();
    expect(await listCases(db, await unlock(NEW))).toEqual([record]);
  });

  it('a tab that has not yet heard that protection was turned off keeps its answer, stored plain', async () => {
    const record = sample('Turned off elsewhere', 1);
    await saveCase(db, record);
    await protectCases(db, OLD, FAST);
    const stale = await unlock(OLD);
    await unprotectCases(db, OLD);
    const written = await updateCase(db, record.id, (r) => withAnswer(r, 'q.cost', 2), stale);
    expect(written.answers).toEqual({ 'q.privacy': 1, 'q.cost': 2 });
    expect(await db.get('cases', record.id)).toEqual(written);
    expect(await readProtection(db)).toBeUndefined();
  });

  it('an import while protected is stored sealed and opens with the passphrase', async () => {
    await protectCases(db, OLD, FAST);
    const codec = await unlock(OLD);
    const imported = sample('Imported', 2);
    const result = await importCase(db, imported, codec);
    expect(JSON.stringify(await db.get('cases', result.record.id))).not.toContain('Imported');
    expect(await getCase(db, imported.id, codec)).toEqual(imported);
    const again = await importCase(db, imported, codec);
    expect(again.newId).toBe(true);
    expect(await listCases(db, codec)).toHaveLength(2);
  });
});

describe('sealing (properties)', () => {
  it('any case-like value comes back as it was, and any changed byte, other id or other key is refused', async () => {
    const key = await deriveCaseKey(OLD, newKeyParams(FAST));
    const otherKey = await deriveCaseKey(NEW, newKeyParams(FAST));
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.uuid(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (value, id, at, flip) => {
          const sealed = await seal(key, value, id);
          expect(await unseal(key, sealed, id)).toEqual(JSON.parse(JSON.stringify(value)));
          const bytes = Uint8Array.from(atob(sealed.data), (c) => c.charCodeAt(0));
          bytes[at % bytes.length]! ^= flip;
          await expect(unseal(key, { ...sealed, data: btoa(String.fromCharCode(...bytes)) }, id)).rejects.toThrow();
          await expect(unseal(key, sealed, `${id}x`)).rejects.toThrow();
          await expect(unseal(otherKey, sealed, id)).rejects.toThrow();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('sealing at once, for a page that is going', () => {
  it('sealNow gives what WebCrypto opens, bound to the same id, with a fresh IV each time', async () => {
    const key = await deriveCaseKey(OLD, newKeyParams(FAST));
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string({ minLength: 1 }), async (value, id) => {
        const sealed = sealNow(key, value, id);
        expect(await unseal(key, sealed, id)).toEqual(JSON.parse(JSON.stringify(value)));
        await expect(unseal(key, sealed, `${id}x`)).rejects.toThrow();
        expect(sealNow(key, value, id).iv).not.toBe(sealed.iv);
      }),
      { numRuns: 100 },
    );
  });
});
