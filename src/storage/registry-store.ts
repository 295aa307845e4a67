// Reading the cached registry: what the directory, profiles and standards screens show offline.
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';
import type { OleDb } from './db.ts';

export type CachedRegistry = {
  readonly profiles: readonly MediatorProfile[];
  readonly digests: ReadonlyMap<string, FeedbackDigest>;
  readonly revocations: readonly Revocation[];
};

export async function loadRegistry(db: OleDb): Promise<CachedRegistry> {
  const tx = db.transaction(['mediators', 'digests', 'revocations']);
  const [profiles, digests, revocations] = await Promise.all([
    tx.objectStore('mediators').getAll(),
    tx.objectStore('digests').getAll(),
    tx.objectStore('revocations').getAll(),
  ]);
  return {
    profiles,
    digests: new Map(digests.map((d) => [d.mediatorId, d])),
    revocations,
  };
}

export async function loadMediator(
  db: OleDb,
  id: string,
): Promise<{ profile?: MediatorProfile; digest?: FeedbackDigest; revocation?: Revocation }> {
  const tx = db.transaction(['mediators', 'digests', 'revocations']);
  const [profile, digest, revocation] = await Promise.all([
    tx.objectStore('mediators').get(id),
    tx.objectStore('digests').get(id),
    tx.objectStore('revocations').get(id),
  ]);
  return { profile, digest, revocation };
}

export async function loadStandard<T>(db: OleDb, path: string): Promise<T | undefined> {
  return (await db.get('standards', path))?.content as T | undefined;
}
