import { DB_NAME, openOleDb, type OleDb } from '../../storage/db.ts';
import { replayLeaving } from '../../storage/leaving-journal.ts';
import { replaySettings } from '../../storage/settings-journal.ts';
import { setUpgradeBlocked } from './upgrade-blocked.ts';

let opening: Promise<OleDb> | undefined;
let opened: OleDb | undefined;

/** One connection per page, opened on first use. */
export function useDb(): Promise<OleDb> {
  opening ??= openOleDb(DB_NAME, { blocked: () => setUpgradeBlocked(true) }).then(async (db) => {
    setUpgradeBlocked(false);
    // What a page closed mid-write left in the journal is stored before anything is read.
    await replayLeaving(db).catch(() => undefined);
    await replaySettings(db).catch(() => undefined);
    opened = db;
    return db;
  });
  return opening;
}

/** The connection once open, for a write that must be queued before the page goes (no await allowed then). */
export function openedDb(): OleDb | undefined {
  return opened;
}
