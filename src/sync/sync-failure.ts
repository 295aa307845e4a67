// Why a sync failed, in a code the UI can act on and words a person can read. The data held before is never touched.
export type SyncFailureCode =
  | 'offline'
  | 'http'
  | 'bad-signature'
  | 'unknown-key'
  | 'bad-manifest'
  | 'unknown-format'
  | 'rollback'
  | 'hash-mismatch'
  | 'bad-records'
  | 'storage-full'
  | 'storage';

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncFailureCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncFailure';
  }
}

const EXPLANATIONS: Record<SyncFailureCode, string> = {
  offline: 'Olé could not reach the directory server. You are probably offline; the directory you have is still here.',
  http: 'The directory server answered with an error.',
  'bad-signature': 'The directory update is not signed correctly, so it may have been tampered with. It was refused.',
  'unknown-key': 'The directory update is signed with a key this app does not trust. It was refused.',
  'bad-manifest': 'The directory update is damaged (its list of files could not be read). It was refused.',
  'unknown-format': 'The directory update uses a newer format than this version of Olé understands. Update the app.',
  rollback: 'The directory update is older than the one you have, which could be a replay of outdated data. It was refused.',
  'hash-mismatch': 'A directory file does not match its signed fingerprint: it is truncated or has been changed. The update was refused.',
  'bad-records': 'The directory update contains invalid records. It was refused.',
  'storage-full': 'Your device is out of storage, so the directory update could not be saved. The directory you had is unchanged.',
  storage: 'Your browser refused to save the directory update. The directory you had is unchanged.',
};

export function explainSyncFailure(code: SyncFailureCode): string {
  return EXPLANATIONS[code] ?? 'The directory could not be updated. The directory you had is unchanged.';
}
