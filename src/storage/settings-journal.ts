// A setting a person changed, written synchronously to localStorage before its IndexedDB write, and stored by the next
// page that opens the database: a reload or a closed tab aborts an IndexedDB transaction still in flight.
import type { OleDb } from './db.ts';
import type { Settings } from './schema.ts';
import { putSetting, readSetting } from './settings-store.ts';
import { localJournal } from './local-journal.ts';

const PREFIX = 'ole.setting.';
/** Protection is changed only through case-protection.ts, which rewrites every case in the same transaction. */
export type JournalledKey = Exclude<keyof Settings, 'caseProtection'>;
const JOURNALLED: readonly JournalledKey[] = ['caseAutoLockMinutes', 'shortlist', 'mentee'];

type Journal = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Journals `value` at once (before any await, so a page going right after the tap keeps it), then stores it. The
 * entry goes once stored, unless a later change replaced it meanwhile.
 */
export async function putSettingDurably<K extends JournalledKey>(
  db: Promise<OleDb>,
  key: K,
  value: Settings[K],
  storage: Journal | undefined = localJournal(),
): Promise<void> {
  const text = JSON.stringify(value);
  try {
    storage?.setItem(PREFIX + key, text);
  } catch {
    // A full localStorage: the IndexedDB write still runs, and an older entry must not be replayed over it.
    try {
      storage?.removeItem(PREFIX + key);
    } catch {
      // disabled: nothing journalled either
    }
  }
  await putSetting(await db, key, value);
  try {
    if (storage?.getItem(PREFIX + key) === text) storage.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

/**
 * Stores what a page closed mid-write left journalled; an entry of the wrong shape is dropped, never stored. An entry
 * another tab replaced meanwhile stays for that tab to clear; a write that fails stays for the next page.
 */
export async function replaySettings(db: OleDb, storage: Journal | undefined = localJournal()): Promise<void> {
  if (!storage) return;
  for (const key of JOURNALLED) {
    const text = storage.getItem(PREFIX + key);
    if (text === null) continue;
    try {
      const checked = readSetting(key, parsed(text));
      if (checked !== undefined) await putSetting(db, key, checked as Settings[typeof key]);
      if (storage.getItem(PREFIX + key) === text) storage.removeItem(PREFIX + key);
    } catch {
      // a full disk or a busy store: tried again by the next page
    }
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
