// The typed IndexedDB schema (idb): every store's key and value. db.ts opens it and upgrades between versions.
import type { DBSchema } from 'idb';
import type { Case } from '../domain/case.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';
import type { Sealed } from './case-crypto.ts';

/** Version of the stored case shape, kept inside each record so exports and imports can migrate it. */
export const CASE_SCHEMA_VERSION = 1;

/** The stored case: the case plus the version of its stored shape. */
export type CaseRecord = Case & { readonly schemaVersion: number };

/** A case stored under passphrase protection: only the random id stays readable (see case-protection.ts). */
export type SealedCase = { readonly id: string; readonly sealed: Sealed };

export type { MatchingPreferences } from '../domain/case.ts';

export type FeedKind = 'registry' | 'digests' | 'revocations' | 'standards';

/**
 * A feed file of records, stored whole under its path: a changed file replaces exactly its records, and one write per
 * file instead of one per record makes a sync of 10,000s of mediators seconds faster (see DESIGN in feed-store.ts).
 */
export type StoredFeedFile =
  | { readonly path: string; readonly kind: 'registry'; readonly records: readonly MediatorProfile[] }
  | { readonly path: string; readonly kind: 'digests'; readonly records: readonly FeedbackDigest[] }
  | { readonly path: string; readonly kind: 'revocations'; readonly records: readonly Revocation[] };

export type RecordKind = StoredFeedFile['kind'];

/** Which file holds each mediator's profile, digest and revocation, by mediator id: a profile opens without the rest. */
export type FeedLocations = { readonly [K in RecordKind]: Readonly<Record<string, string>> };

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
  /** Set while a check runs: still there at the next start-up, it means the check never finished, so it runs again. */
  readonly attemptStartedAt?: string;
};

export interface OleSchema extends DBSchema {
  cases: { key: string; value: CaseRecord | SealedCase; indexes: { updatedAt: string } };
  settings: { key: string; value: unknown };
  feedFiles: { key: string; value: StoredFeedFile };
  standards: { key: string; value: { file: string; content: unknown } };
  /** 'held' → HeldFeed, 'status' → SyncStatus, 'locations' → FeedLocations; read through src/storage/feed-store.ts. */
  feed: { key: 'held' | 'status' | 'locations'; value: HeldFeed | SyncStatus | FeedLocations };
  /** The built MiniSearch index as JSON, keyed "feed sequence:index options version". */
  searchIndex: { key: string; value: string };
}
