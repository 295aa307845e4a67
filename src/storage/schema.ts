// The typed IndexedDB schema (idb): every store's key and value. db.ts opens it and upgrades between versions.
import type { DBSchema } from 'idb';
import type { Case } from '../domain/case.ts';
import type { Mentee } from '../domain/matching/mentors.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';
import type { RoomVotes } from '../domain/workshop/room-votes.ts';
import type { KeyParams, Sealed } from './case-crypto.ts';

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
  /** The READER_VERSION that checked the records held (absent: 1, from a build before the field). */
  readonly readerVersion?: number;
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

/** Passphrase protection's key parameters and passphrase check (see case-protection.ts). */
export type ProtectionConfig = {
  readonly version: 1;
  readonly key: KeyParams;
  /** A known text sealed with the key: opening it tells a right passphrase from a wrong one without touching a case. */
  readonly check: Sealed;
};

/** Every device setting by its key, each with one type; read through settings-store.ts, which checks the shape. */
export type Settings = {
  readonly caseProtection: ProtectionConfig;
  /** Minutes without use before protected cases lock; the UI offers its choices (ui/cases/auto-lock.ts). */
  readonly caseAutoLockMinutes: number;
  /** Mediator ids on this device's shortlist. */
  readonly shortlist: readonly string[];
  /** The young mediator's own profile for mentor finding. */
  readonly mentee: Mentee;
};
export type SettingKey = keyof Settings;

/** A workshop scenario's show of hands on this device (the presenter's), kept until the trainer clears it. */
export type StoredRoomVotes = {
  readonly scenarioId: string;
  readonly votes: RoomVotes;
  /** When the first and the latest hand were recorded. */
  readonly startedAt: string;
  readonly updatedAt: string;
};

/** The stores holding one record each use this key. */
export const ONLY = 'current';

export interface OleSchema extends DBSchema {
  cases: { key: string; value: CaseRecord | SealedCase; indexes: { updatedAt: string } };
  settings: { key: SettingKey; value: Settings[SettingKey] };
  feedFiles: { key: string; value: StoredFeedFile };
  standards: { key: string; value: { file: string; content: unknown } };
  feedHeld: { key: typeof ONLY; value: HeldFeed };
  feedStatus: { key: typeof ONLY; value: SyncStatus };
  feedLocations: { key: typeof ONLY; value: FeedLocations };
  /** The built MiniSearch index as JSON, keyed "feed sequence:index options version". */
  searchIndex: { key: string; value: string };
  /** By scenario id; only scenarios with at least one hand have a record. */
  workshopVotes: { key: string; value: StoredRoomVotes };
}
