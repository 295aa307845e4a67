// A plain case written synchronously to localStorage as its page goes, and stored by the next page that opens the
// database: an IndexedDB write queued on pagehide can die with the page when an earlier write still holds the store.
import type { CaseRecord, OleDb } from './db.ts';

const PREFIX = 'ole.leaving.';

type Journal = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function journal(): Journal | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled: the IndexedDB write is all there is
  }
}

/** Synchronous, so it is done before the page can go. Only plain cases: a protected case is never written in the clear. */
export function journalLeaving(record: CaseRecord, storage: Journal | undefined = journal()): void {
  try {
    storage?.setItem(PREFIX + record.id, JSON.stringify(record));
  } catch {
    // a full or disabled localStorage: the IndexedDB write still runs
  }
}

/** The write reached IndexedDB: the journal entry is no longer needed (unless a newer one replaced it). */
export function clearLeaving(record: CaseRecord, storage: Journal | undefined = journal()): void {
  try {
    const held = storage?.getItem(PREFIX + record.id);
    if (held && (JSON.parse(held) as CaseRecord).updatedAt === record.updatedAt)
      storage?.removeItem(PREFIX + record.id);
  } catch {
    // nothing to clear
  }
}

function readEntry(text: string | null): CaseRecord | undefined {
  try {
    const value = JSON.parse(text ?? '') as Partial<CaseRecord>;
    const ok =
      typeof value.id === 'string' &&
      typeof value.updatedAt === 'string' &&
      typeof value.answers === 'object' &&
      value.answers !== null;
    return ok ? (value as CaseRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores each journalled case that is newer than its stored copy, then forgets the entry. Answers merge (the
 * journal's win, as the later edit); a case since deleted, sealed by protection, or stored later, is left alone.
 */
export async function replayLeaving(db: OleDb, storage: Journal | undefined = journal()): Promise<void> {
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const entry = readEntry(storage.getItem(key));
    if (entry) {
      const tx = db.transaction('cases', 'readwrite');
      const stored = await tx.store.get(entry.id);
      if (stored && !('sealed' in stored) && stored.updatedAt < entry.updatedAt) {
        await tx.store.put({ ...stored, ...entry, answers: { ...stored.answers, ...entry.answers } });
      }
      await tx.done;
    }
    storage.removeItem(key);
  }
}
