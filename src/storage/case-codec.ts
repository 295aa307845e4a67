// How a case is held in IndexedDB: as it is, or sealed with the passphrase's key while protection is on.
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { seal, sealNow, unseal, type CaseKey } from './case-crypto.ts';
import type { CaseRecord, OleDb, OleSchema, SealedCase, SettingKey } from './db.ts';
import { readSetting } from './settings-store.ts';

export type StoredCase = CaseRecord | SealedCase;

/** Why a stored case cannot be shown: the cases are locked, or this record's bytes fail the AES-GCM check. */
export class CaseUnreadableError extends Error {
  constructor(readonly reason: 'locked' | 'damaged') {
    super(
      reason === 'locked'
        ? 'The cases are locked: enter the passphrase first'
        : 'This case’s stored data was changed or damaged',
    );
    this.name = 'CaseUnreadableError';
  }
}

/** Protection was turned on, off or re-keyed in another tab since this page unlocked: it must ask again. */
export class ProtectionChangedError extends Error {
  constructor() {
    super('Case protection changed in another tab');
    this.name = 'ProtectionChangedError';
  }
}

export type CaseCodec = {
  /** The salt of the protection this codec writes for, or null for plain records; checked inside every write. */
  readonly protection: string | null;
  /** Whether it writes sealed records: false for plain cases, and for the locked codec (plain cases under protection). */
  readonly seals: boolean;
  open(stored: StoredCase): Promise<CaseRecord>;
  close(record: CaseRecord): Promise<StoredCase>;
  /** close, synchronously: for a page that is going (pagehide), when no write can wait for a promise. */
  closeNow(record: CaseRecord): StoredCase;
};

export function isSealed(stored: StoredCase): stored is SealedCase {
  return 'sealed' in stored;
}

export const plainCodec: CaseCodec = {
  protection: null,
  seals: false,
  open: async (stored) => {
    if (isSealed(stored)) throw new CaseUnreadableError('locked');
    return stored;
  },
  close: async (record) => record,
  closeNow: (record) => record,
};

/**
 * While protection is on but this page has no key: opens only the plain cases, and writes new ones in the clear (the
 * key is needed to seal, and only the passphrase gives it). The next unlock seals them (sealPlainCases).
 */
export function makeLockedCodec(salt: string): CaseCodec {
  return { ...plainCodec, protection: salt };
}

export function makeSealedCodec(key: CaseKey, salt: string): CaseCodec {
  return {
    protection: salt,
    seals: true,
    async open(stored) {
      if (!isSealed(stored)) return stored; // written before protection in a way we no longer do; sealed on its next write
      let record: unknown;
      try {
        record = await unseal(key, stored.sealed, stored.id);
      } catch {
        throw new CaseUnreadableError('damaged');
      }
      if (typeof record !== 'object' || record === null || (record as CaseRecord).id !== stored.id)
        throw new CaseUnreadableError('damaged');
      return record as CaseRecord;
    },
    close: async (record) => ({ id: record.id, sealed: await seal(key, record, record.id) }),
    closeNow: (record) => ({ id: record.id, sealed: sealNow(key, record, record.id) }),
  };
}

/** The settings key holding the protection's key parameters and passphrase check (see case-protection.ts). */
export const PROTECTION_SETTING = 'caseProtection' satisfies SettingKey;

/**
 * Inside a write: refuses a codec of another protection than the stored one (off, on, or re-keyed since), so a plain
 * write over protection comes only from the locked codec, on purpose.
 */
export async function assertProtection(tx: CaseWrite, codec: CaseCodec): Promise<void> {
  const config = readSetting(PROTECTION_SETTING, await tx.objectStore('settings').get(PROTECTION_SETTING));
  if ((config?.key.salt ?? null) !== codec.protection) throw new ProtectionChangedError();
}

export type CaseWrite = IDBPTransaction<OleSchema, ('cases' | 'settings')[], 'readwrite'>;

export type CaseObjects = IDBPObjectStore<OleSchema, ('cases' | 'settings')[], 'cases', 'readwrite'>;

export function startCaseWrite(db: OleDb): CaseWrite {
  return db.transaction(['cases', 'settings'], 'readwrite');
}
