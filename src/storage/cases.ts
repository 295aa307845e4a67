// Saved cases: every write is a whole record, so a closed tab never leaves half an answer behind. Each read and write
// goes through a codec: plain, or sealed with the passphrase's key while protection is on (case-protection.ts).
import type { AnswerValue } from '../domain/questions.ts';
import { CASE_SCHEMA_VERSION, type CaseRecord, type OleDb } from './db.ts';
import { getSetting } from './settings-store.ts';
import {
  assertProtection,
  CaseUnreadableError,
  plainCodec,
  PROTECTION_SETTING,
  ProtectionChangedError,
  startCaseWrite,
  type CaseCodec,
  type CaseObjects,
  type StoredCase,
} from './case-codec.ts';

/** A write to a case that is gone (deleted in another tab, say); the interface words it by its name. */
export class CaseGoneError extends Error {
  constructor(id: string) {
    super(`The case ${id} no longer exists (deleted in another tab?)`);
    this.name = 'CaseGoneError';
  }
}

export function newCaseId(): string {
  return crypto.randomUUID();
}

export function makeCase(title: string, now = new Date()): CaseRecord {
  const at = now.toISOString();
  return { id: newCaseId(), schemaVersion: CASE_SCHEMA_VERSION, title, createdAt: at, updatedAt: at, answers: {} };
}

/**
 * The cases that open, newest first; the ids of those whose stored bytes fail their check (never hidden silently);
 * and, while locked, the ids of the sealed ones the page cannot open yet.
 */
export type CaseShelf = { readonly cases: CaseRecord[]; readonly damaged: string[]; readonly locked: string[] };

export async function readCases(db: OleDb, codec: CaseCodec = plainCodec): Promise<CaseShelf> {
  const shelf: CaseShelf = { cases: [], damaged: [], locked: [] };
  for (const stored of await db.getAll('cases')) {
    try {
      shelf.cases.push(await codec.open(stored));
    } catch (error) {
      if (!(error instanceof CaseUnreadableError)) throw error;
      shelf[error.reason].push(stored.id);
    }
  }
  shelf.cases.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return shelf;
}

export async function listCases(db: OleDb, codec: CaseCodec = plainCodec): Promise<CaseRecord[]> {
  return (await readCases(db, codec)).cases;
}

export async function getCase(db: OleDb, id: string, codec: CaseCodec = plainCodec): Promise<CaseRecord | undefined> {
  const stored = await db.get('cases', id);
  return stored && codec.open(stored);
}

export async function saveCase(db: OleDb, record: CaseRecord, codec: CaseCodec = plainCodec): Promise<void> {
  const stored = await codec.close(record);
  await writeCases(db, codec, async (cases) => void (await cases.put(stored)));
}

export async function deleteCase(db: OleDb, id: string): Promise<void> {
  await db.delete('cases', id);
}

/** How often a write is tried again when another tab wrote the same case between our read and our write. */
const WRITE_ATTEMPTS = 10;

/** How a write goes: its time, and the unsaved draft it creates when no case with its id is stored yet. */
export type UpdateOptions = { readonly now?: Date; readonly draft?: CaseRecord };

/**
 * Writes `change` on top of what is stored, so two tabs answering different questions both keep theirs. Sealing is
 * asynchronous and would end an IndexedDB transaction, so the write checks that the record is still the one read
 * (a sealed record has a fresh IV each write) and reads again if not. With a `draft`, a missing case is created from it.
 */
export async function updateCase(
  db: OleDb,
  id: string,
  change: (current: CaseRecord) => CaseRecord,
  codec: CaseCodec = plainCodec,
  { now = new Date(), draft }: UpdateOptions = {},
): Promise<CaseRecord> {
  try {
    return await (codec.seals ? updateSealedCase : updatePlainCase)(db, id, change, codec, now, draft);
  } catch (error) {
    // Turned off (or erased) in another tab before this one heard of it: the cases are plain now, so it is kept plain.
    const turnedOff =
      codec.protection !== null &&
      error instanceof ProtectionChangedError &&
      !(await getSetting(db, PROTECTION_SETTING));
    if (turnedOff) return updatePlainCase(db, id, change, plainCodec, now, draft);
    throw error;
  }
}

type CaseUpdate = (
  db: OleDb,
  id: string,
  change: (current: CaseRecord) => CaseRecord,
  codec: CaseCodec,
  now: Date,
  draft: CaseRecord | undefined,
) => Promise<CaseRecord>;

const updateSealedCase: CaseUpdate = async (db, id, change, codec, now, draft) => {
  for (let attempt = 1; ; attempt++) {
    const read = await db.get('cases', id);
    if (!read && !draft) throw new CaseGoneError(id);
    const next = { ...change(read ? await codec.open(read) : draft!), updatedAt: now.toISOString() };
    const stored = await codec.close(next);
    const written = await writeCases(db, codec, async (cases) => {
      const again = await cases.get(id);
      if (!again && read) throw new CaseGoneError(id);
      if (again ? !read || !sameStored(again, read) : read) return false; // created or changed since: read again
      await cases.put(stored);
      return true;
    });
    if (written) return next;
    if (attempt === WRITE_ATTEMPTS) throw new Error('The case kept changing in another tab; try again');
  }
};

/**
 * Plain records need no sealing, so read and write share one transaction: queued at once, it survives a reload. The
 * locked codec writes this way too, and refuses (as locked) a case that another tab has sealed meanwhile.
 */
const updatePlainCase: CaseUpdate = (db, id, change, codec, now, draft) =>
  writeCases(db, codec, async (cases) => {
    const current = await cases.get(id);
    if (!current && !draft) throw new CaseGoneError(id);
    const next = { ...change(current ? await codec.open(current) : draft!), updatedAt: now.toISOString() };
    await cases.put(next);
    return next;
  });

export function sameStored(a: StoredCase | StoredCase[], b: StoredCase | StoredCase[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One write transaction that first checks the protection is still the codec's; any failure aborts all of it. */
export async function writeCases<T>(db: OleDb, codec: CaseCodec, body: (cases: CaseObjects) => Promise<T>): Promise<T> {
  const tx = startCaseWrite(db);
  tx.done.catch(() => undefined); // awaited below; an abort is reported by the throw that caused it
  try {
    await assertProtection(tx, codec);
    const result = await body(tx.objectStore('cases'));
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

export function withAnswer(record: CaseRecord, questionId: string, value: AnswerValue | null): CaseRecord {
  return { ...record, answers: { ...record.answers, [questionId]: value } };
}

export function duplicateCase(record: CaseRecord, copyTitle: string, now = new Date()): CaseRecord {
  const at = now.toISOString();
  return { ...record, id: newCaseId(), title: copyTitle, createdAt: at, updatedAt: at };
}
