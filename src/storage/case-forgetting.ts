// "I forgot my passphrase": the protected cases cannot be opened by anyone, so the way out is to erase them, and the
// protection with them, in one transaction; the plain cases, the directory and the other settings stay.
import { isSealed, PROTECTION_SETTING, startCaseWrite } from './case-codec.ts';
import { abortQuietly } from './cases.ts';
import type { OleDb } from './db.ts';
import { forgetSealedLeaving } from './leaving-journal.ts';
import { readSetting, getSetting } from './settings-store.ts';

/** What erasing would take, as shown to the person before they confirm: the erase refuses if it is no longer so. */
export type ProtectedShelf = {
  /** The salt of the protection to erase. */
  readonly protection: string;
  /** The ids of the sealed cases, sorted. */
  readonly sealed: readonly string[];
  /** How many plain cases stay (new or imported while locked). */
  readonly plain: number;
};

export type Erased =
  | { readonly ok: true; readonly erased: number }
  | { readonly ok: false; readonly reason: 'changed' };

export async function surveyProtectedCases(db: OleDb): Promise<ProtectedShelf | undefined> {
  const config = await getSetting(db, PROTECTION_SETTING);
  if (!config) return undefined;
  const stored = await db.getAll('cases');
  const sealed = stored.filter(isSealed).map((c) => c.id);
  return { protection: config.key.salt, sealed: sealed.sort(), plain: stored.length - sealed.length };
}

/**
 * Deletes the sealed cases and the protection setting together, only if they are still what `seen` says (another
 * tab may have re-keyed, or sealed a case, since), then the journalled changes sealed under that protection.
 */
export async function eraseProtectedCases(
  db: OleDb,
  seen: ProtectedShelf,
  journal?: Parameters<typeof forgetSealedLeaving>[1],
): Promise<Erased> {
  const tx = startCaseWrite(db);
  tx.done.catch(() => undefined); // awaited below; an abort is reported by the throw that caused it
  try {
    const settings = tx.objectStore('settings');
    const config = readSetting(PROTECTION_SETTING, await settings.get(PROTECTION_SETTING));
    const cases = tx.objectStore('cases');
    const sealed = (await cases.getAll()).filter(isSealed).map((c) => c.id);
    if (config?.key.salt !== seen.protection || sealed.sort().join() !== seen.sealed.join()) {
      abortQuietly(tx);
      return { ok: false, reason: 'changed' };
    }
    await Promise.all([...sealed.map((id) => cases.delete(id)), settings.delete(PROTECTION_SETTING)]);
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  forgetSealedLeaving(seen.protection, journal);
  return { ok: true, erased: seen.sealed.length };
}
