// A case written synchronously to localStorage as its page goes, and stored by the next page that can: an IndexedDB
// write queued on pagehide can die with the page when an earlier write still holds the store. A protected case is
// journalled sealed (CaseCodec.closeNow), never in the clear, and replayed only once the passphrase opens it.
import { CaseUnreadableError, isSealed, PROTECTION_SETTING, type CaseCodec, type StoredCase } from './case-codec.ts';
import { getSetting } from './settings-store.ts';
import type { CaseRecord, OleDb, SealedCase } from './db.ts';
import { mergeLeaving } from './leaving-merge.ts';
import { localJournal } from './local-journal.ts';

const PREFIX = 'ole.leaving.';
// Beside an entry: the case was never stored yet (a draft's first write), so its replay creates it.
const CREATES = 'ole.creating.';

type Journal = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
/** A sealed entry names the protection (its salt) it was sealed under: another one can never open it. */
type SealedEntry = SealedCase & { readonly protection: string };
type Entry = CaseRecord | SealedEntry;

/** What tells one journalled write from the next: the time of a plain one, the fresh IV of a sealed one. */
const mark = (entry: StoredCase) => (isSealed(entry) ? entry.sealed.iv : entry.updatedAt);

/**
 * Synchronous, so it is done before the page can go. `protection` is the codec's: null for a plain case. `creates`:
 * the case is not stored yet (its first answer), so the replay stores it rather than take it for deleted.
 */
export function journalLeaving(
  stored: StoredCase,
  protection: string | null,
  storage: Journal | undefined = localJournal(),
  creates = false,
): void {
  const entry: Entry | undefined = !isSealed(stored)
    ? stored
    : protection === null
      ? undefined
      : { ...stored, protection };
  if (!entry) return;
  try {
    if (creates) storage?.setItem(CREATES + stored.id, '1');
    storage?.setItem(PREFIX + stored.id, JSON.stringify(entry));
  } catch {
    // a full or disabled localStorage: the IndexedDB write still runs
  }
}

/** The write reached IndexedDB: the journal entry is no longer needed (unless a newer one replaced it). */
export function clearLeaving(stored: StoredCase, storage: Journal | undefined = localJournal()): void {
  try {
    const held = readEntry(storage?.getItem(PREFIX + stored.id) ?? null);
    if (held && mark(held) === mark(stored)) {
      storage?.removeItem(PREFIX + stored.id);
      storage?.removeItem(CREATES + stored.id);
    }
  } catch {
    // nothing to clear
  }
}

function readEntry(text: string | null): Entry | undefined {
  try {
    const value = JSON.parse(text ?? '') as Record<string, unknown>;
    if (typeof value['id'] !== 'string') return undefined;
    const sealed = value['sealed'] as Record<string, unknown> | undefined;
    if (sealed !== undefined) {
      const ok = typeof value['protection'] === 'string' && typeof sealed['iv'] === 'string';
      return ok && typeof sealed['data'] === 'string' ? (value as SealedEntry) : undefined;
    }
    const answers = value['answers'];
    const ok = typeof value['updatedAt'] === 'string' && typeof answers === 'object' && answers !== null;
    return ok ? (value as CaseRecord) : undefined;
  } catch {
    return undefined;
  }
}

function entries(storage: Journal): { key: string; entry: Entry | undefined }[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys.map((key) => ({ key, entry: readEntry(storage.getItem(key)) }));
}

/**
 * Stores each journalled plain case that is newer than its stored copy, then forgets the entry. Answers merge (the
 * journal's win, as the later edit); a case since deleted, sealed by protection, or stored later, is left alone.
 * A sealed entry waits for replaySealedLeaving, unless the protection it was sealed under is gone.
 */
export async function replayLeaving(db: OleDb, storage: Journal | undefined = localJournal()): Promise<void> {
  if (!storage) return;
  const protection = (await getSetting(db, PROTECTION_SETTING))?.key.salt ?? null;
  for (const { key, entry } of entries(storage)) {
    if (entry && isSealed(entry)) {
      if (entry.protection !== protection) storage.removeItem(key); // turned off or re-keyed since: never readable
      continue;
    }
    if (entry) {
      const creates = storage.getItem(CREATES + entry.id) !== null;
      const tx = db.transaction('cases', 'readwrite');
      const stored = await tx.store.get(entry.id);
      if (stored && !isSealed(stored)) {
        const merged = mergeLeaving(stored, entry);
        if (merged) await tx.store.put(merged);
      } else if (!stored && creates) await tx.store.put(entry); // a first answer whose write died with its page
      await tx.done;
      storage.removeItem(CREATES + entry.id);
    }
    storage.removeItem(key);
  }
}

/**
 * Once the passphrase has opened the cases: stores each journalled sealed case newer than its stored copy, merged as
 * replayLeaving does. Opening and sealing are asynchronous, so the write checks the stored copy did not move meanwhile.
 */
export async function replaySealedLeaving(
  db: OleDb,
  codec: CaseCodec,
  storage: Journal | undefined = localJournal(),
): Promise<void> {
  if (!storage || codec.protection === null) return;
  for (const { key, entry } of entries(storage)) {
    if (!entry || !isSealed(entry) || entry.protection !== codec.protection) continue;
    const { protection: _salt, ...sealed } = entry;
    try {
      const stored = await db.get('cases', entry.id);
      if (!stored && storage.getItem(CREATES + entry.id) !== null) {
        // A first answer whose write died with its page: stored as sealed, unless a case appeared meanwhile.
        const tx = db.transaction('cases', 'readwrite');
        if (!(await tx.store.get(entry.id))) await tx.store.put(sealed);
        await tx.done;
      } else if (stored) {
        const merged = mergeLeaving(await codec.open(stored), await codec.open(sealed));
        if (merged) {
          const next = await codec.close(merged);
          const tx = db.transaction('cases', 'readwrite');
          if (JSON.stringify(await tx.store.get(entry.id)) === JSON.stringify(stored)) await tx.store.put(next);
          await tx.done;
        }
      }
    } catch (error) {
      // A failed write (a full disk, a busy store) tries again at the next unlock; only an unopenable entry goes.
      if (!(error instanceof CaseUnreadableError)) continue;
    }
    storage.removeItem(CREATES + entry.id);
    storage.removeItem(key);
  }
}

/** The protection was erased ("I forgot my passphrase"): what was journalled sealed under it can never be opened. */
export function forgetSealedLeaving(protection: string, storage: Journal | undefined = localJournal()): void {
  if (!storage) return;
  for (const { key, entry } of entries(storage)) {
    if (entry && isSealed(entry) && entry.protection === protection) storage.removeItem(key);
  }
}
