// The typed IndexedDB schema (idb). Bump DB_VERSION and add a step to `upgrade` for every change.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Case } from '../domain/case.ts';
import type { Sealed } from './case-crypto.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';

export const DB_NAME = 'ole';
export const DB_VERSION = 3;
/** Version of the stored case shape, kept inside each record so exports and imports can migrate it. */
export const CASE_SCHEMA_VERSION = 1;

/** The stored case: the case plus the version of its stored shape. */
export type CaseRecord = Case & { readonly schemaVersion: number };

/** A case stored under passphrase protection: only the random id stays readable (see case-protection.ts). */
export type SealedCase = { readonly id: string; readonly sealed: Sealed };

export type { MatchingPreferences } from '../domain/case.ts';

/** A feed record as stored: the record plus the feed file it came from, so a changed file replaces exactly its records. */
export type FromFile<T> = T & { readonly file: string };

export type FeedKind = 'registry' | 'digests' | 'revocations' | 'standards';

/** What the app holds of the feed: the signed manifest's facts and each file's hash. */
export type HeldFeed = {
  readonly sequence: number;
  readonly publishedAt: string;
  readonly keyId: string;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly kind: FeedKind }>>;
  readonly appliedAt: string;
  readonly demo: boolean;
};

export type SyncStatus = {
  readonly lastCheckedAt: string;
  readonly ok: boolean;
  /** A SyncFailureCode when the check failed; the UI words it. */
  readonly code?: string;
  readonly detail?: string;
};

export interface OleSchema extends DBSchema {
  cases: { key: string; value: CaseRecord | SealedCase; indexes: { updatedAt: string } };
  settings: { key: string; value: unknown };
  mediators: { key: string; value: FromFile<MediatorProfile>; indexes: { file: string } };
  digests: { key: string; value: FromFile<FeedbackDigest>; indexes: { file: string } };
  revocations: { key: string; value: FromFile<Revocation>; indexes: { file: string } };
  standards: { key: string; value: { file: string; content: unknown } };
  /** 'held' → HeldFeed, 'status' → SyncStatus; read through src/storage/feed-store.ts. */
  feed: { key: 'held' | 'status'; value: HeldFeed | SyncStatus };
  /** The built MiniSearch index as JSON, keyed "feed sequence:index options version". */
  searchIndex: { key: string; value: string };
}

export const FEED_STORES = ['mediators', 'digests', 'revocations', 'standards', 'feed'] as const;

export type OleDb = IDBPDatabase<OleSchema>;

export function openOleDb(name = DB_NAME): Promise<OleDb> {
  return openDB<OleSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const cases = db.createObjectStore('cases', { keyPath: 'id' });
        cases.createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        db.createObjectStore('mediators', { keyPath: 'id' }).createIndex('file', 'file');
        db.createObjectStore('digests', { keyPath: 'mediatorId' }).createIndex('file', 'file');
        db.createObjectStore('revocations', { keyPath: 'mediatorId' }).createIndex('file', 'file');
        db.createObjectStore('standards', { keyPath: 'file' });
        db.createObjectStore('feed');
      }
      if (oldVersion < 3) db.createObjectStore('searchIndex');
    },
  });
}
