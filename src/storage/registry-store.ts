// Reading the cached registry: what the directory, profiles and standards screens show offline.
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';
import type { CheckedFile } from '../feed/feed-file.ts';
import { ONLY, type OleDb, type RecordKind } from './db.ts';

export type CachedRegistry = {
  readonly profiles: readonly MediatorProfile[];
  readonly digests: ReadonlyMap<string, FeedbackDigest>;
  readonly revocations: readonly Revocation[];
};

export async function loadRegistry(db: OleDb): Promise<CachedRegistry> {
  const profiles: MediatorProfile[] = [];
  const digests = new Map<string, FeedbackDigest>();
  const revocations: Revocation[] = [];
  // Loops, not push(...records): a publisher may put 100,000s of records in one file, past the engine's argument limit.
  for (const file of await db.getAll('feedFiles')) {
    if (file.kind === 'registry') for (const profile of file.records) profiles.push(profile);
    else if (file.kind === 'digests') for (const digest of file.records) digests.set(digest.mediatorId, digest);
    else for (const revocation of file.records) revocations.push(revocation);
  }
  // By id, as when each profile was a record of its own: lists and ties keep the order they always had.
  profiles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { profiles, digests, revocations };
}

/** One mediator's records, reading only the files that hold them. */
export async function loadMediator(
  db: OleDb,
  id: string,
): Promise<{ profile?: MediatorProfile; digest?: FeedbackDigest; revocation?: Revocation }> {
  const tx = db.transaction(['feedLocations', 'feedFiles']);
  const locations = await tx.objectStore('feedLocations').get(ONLY);
  const fileOf = async (kind: RecordKind) => {
    // Own properties only: "constructor" or "__proto__" in an address must find nothing, not Object's members.
    const where = locations?.[kind];
    const path = where && Object.hasOwn(where, id) ? where[id] : undefined;
    return path === undefined ? undefined : tx.objectStore('feedFiles').get(path);
  };
  const [registry, digests, revocations] = await Promise.all([
    fileOf('registry'),
    fileOf('digests'),
    fileOf('revocations'),
  ]);
  return {
    profile: registry?.kind === 'registry' ? registry.records.find((profile) => profile.id === id) : undefined,
    digest: digests?.kind === 'digests' ? digests.records.find((digest) => digest.mediatorId === id) : undefined,
    revocation:
      revocations?.kind === 'revocations'
        ? revocations.records.find((revocation) => revocation.mediatorId === id)
        : undefined,
  };
}

export async function loadStandard<T>(db: OleDb, path: string): Promise<T | undefined> {
  return (await db.get('standards', path))?.content as T | undefined;
}

/** Every held feed file as it was checked: what a sync puts beside its new files to check the feed as a whole. */
export async function loadFeedFiles(db: OleDb): Promise<CheckedFile[]> {
  const tx = db.transaction(['feedFiles', 'standards']);
  const [files, standards] = await Promise.all([
    tx.objectStore('feedFiles').getAll(),
    tx.objectStore('standards').getAll(),
  ]);
  return [
    ...files,
    ...standards.map(({ file, content }): CheckedFile => ({ path: file, kind: 'standards', records: content })),
  ];
}
