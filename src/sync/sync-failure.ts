// Why a sync failed, as a code the UI explains in the person's language. The data held before is never touched.
export const SYNC_FAILURE_CODES = [
  'offline',
  'http',
  'timeout',
  'too-large',
  'bad-signature',
  'unknown-key',
  'bad-manifest',
  'unknown-format',
  'rollback',
  'sequence-jump',
  'hash-mismatch',
  'bad-records',
  'storage-full',
  'storage',
] as const;
export type SyncFailureCode = (typeof SYNC_FAILURE_CODES)[number];

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncFailureCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncFailure';
  }
}
