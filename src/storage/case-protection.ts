// Turning passphrase protection of stored cases on, off, or to a new passphrase: every case is rewritten in one
// transaction with the setting, so a failure part-way leaves every case as it was, readable with the old passphrase.
import { deriveCaseKey, newKeyParams, PBKDF2_ITERATIONS, seal, unseal } from './case-crypto.ts';
import {
  assertProtection,
  isSealed,
  makeSealedCodec,
  plainCodec,
  PROTECTION_SETTING,
  startCaseWrite,
  type CaseCodec,
  type StoredCase,
} from './case-codec.ts';
import { abortQuietly, sameStored } from './cases.ts';
import type { OleDb, ProtectionConfig } from './db.ts';
import { getSetting } from './settings-store.ts';

const CHECK_TEXT = 'Olé case protection';
const CHECK_CONTEXT = 'ole:protection-check'; // never a case id (those are UUIDs)

/** The shortest passphrase accepted: PBKDF2 slows guessing, it cannot make "1234" safe. */
export const MIN_PASSPHRASE_LENGTH = 8;

export type Unlocked = { readonly ok: true; readonly codec: CaseCodec };
export type Refused = {
  readonly ok: false;
  readonly reason: 'wrong-passphrase' | 'not-protected' | 'already-protected';
};

export async function readProtection(db: OleDb): Promise<ProtectionConfig | undefined> {
  return getSetting(db, PROTECTION_SETTING);
}

/** The codec for the passphrase if it opens the stored check; a wrong passphrase reads and writes nothing else. */
export async function unlockCases(db: OleDb, passphrase: string): Promise<Unlocked | Refused> {
  const config = await readProtection(db);
  if (!config) return { ok: false, reason: 'not-protected' };
  return unlockWith(config, passphrase);
}

async function unlockWith(config: ProtectionConfig, passphrase: string): Promise<Unlocked | Refused> {
  const key = await deriveCaseKey(passphrase, config.key);
  try {
    if ((await unseal(key, config.check, CHECK_CONTEXT)) === CHECK_TEXT)
      return { ok: true, codec: makeSealedCodec(key, config.key.salt) };
  } catch {
    // AES-GCM's tag does not match: another passphrase (or a changed check)
  }
  return { ok: false, reason: 'wrong-passphrase' };
}

async function newProtection(
  passphrase: string,
  iterations: number,
): Promise<{ codec: CaseCodec; config: ProtectionConfig }> {
  const params = newKeyParams(iterations);
  const key = await deriveCaseKey(passphrase, params);
  return {
    codec: makeSealedCodec(key, params.salt),
    config: { version: 1, key: params, check: await seal(key, CHECK_TEXT, CHECK_CONTEXT) },
  };
}

export async function protectCases(
  db: OleDb,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Unlocked | Refused> {
  if (await readProtection(db)) return { ok: false, reason: 'already-protected' };
  const next = await newProtection(passphrase, iterations);
  await rewriteCases(db, plainCodec, next.codec, next.config);
  return { ok: true, codec: next.codec };
}

/** Asks for the current passphrase again, so an unlocked device left alone cannot be re-keyed by someone else. */
export async function changePassphrase(
  db: OleDb,
  current: string,
  replacement: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Unlocked | Refused> {
  const unlocked = await unlockCases(db, current);
  if (!unlocked.ok) return unlocked;
  const next = await newProtection(replacement, iterations);
  await rewriteCases(db, unlocked.codec, next.codec, next.config);
  return { ok: true, codec: next.codec };
}

export async function unprotectCases(db: OleDb, passphrase: string): Promise<{ readonly ok: true } | Refused> {
  const unlocked = await unlockCases(db, passphrase);
  if (!unlocked.ok) return unlocked;
  await rewriteCases(db, unlocked.codec, plainCodec, undefined);
  return { ok: true };
}

/**
 * Once unlocked: seals the cases written in the clear while locked (new or imported), in one transaction. Their ids,
 * so the page can say how many were protected now.
 */
export async function sealPlainCases(db: OleDb, codec: CaseCodec): Promise<string[]> {
  if (!codec.seals) return [];
  const plain = (stored: StoredCase) => !isSealed(stored);
  const config = await readProtection(db);
  if (!config || !(await db.getAll('cases')).some(plain)) return [];
  return rewriteCases(db, codec, codec, config, plain);
}

/** Another tab wrote a case while every case was being re-encrypted: nothing was changed, and it is tried again. */
class CasesChangedError extends Error {}

const REWRITE_ATTEMPTS = 3;

/**
 * Opens every case with `from` (or those `only` picks), closes it with `to`, then in one transaction checks nothing
 * changed meanwhile and writes them with the new setting. A damaged case (one `from` cannot open) refuses the change.
 */
async function rewriteCases(
  db: OleDb,
  from: CaseCodec,
  to: CaseCodec,
  config: ProtectionConfig | undefined,
  only: (stored: StoredCase) => boolean = () => true,
): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    const before = await db.getAll('cases');
    const picked = before.filter(only);
    const rewritten = await Promise.all(picked.map(async (stored) => to.close(await from.open(stored))));
    const tx = startCaseWrite(db);
    tx.done.catch(() => undefined); // awaited below; an abort is reported by the throw that caused it
    try {
      await assertProtection(tx, from);
      const cases = tx.objectStore('cases');
      if (!sameStored(await cases.getAll(), before)) throw new CasesChangedError();
      const settings = tx.objectStore('settings');
      const writes: Promise<unknown>[] = [];
      // Each request is watched as it is made: if a later one throws, the abort of the earlier ones is expected.
      const queue = (request: Promise<unknown>) => {
        request.catch(() => undefined);
        writes.push(request);
      };
      for (const stored of rewritten) queue(cases.put(stored));
      queue(config ? settings.put(config, PROTECTION_SETTING) : settings.delete(PROTECTION_SETTING));
      await Promise.all(writes);
      await tx.done;
      return picked.map((stored) => stored.id);
    } catch (error) {
      abortQuietly(tx);
      if (!(error instanceof CasesChangedError) || attempt === REWRITE_ATTEMPTS) throw error;
    }
  }
}
