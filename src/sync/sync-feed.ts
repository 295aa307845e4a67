// Pulls the signed feed: verify, refuse rollback, fetch only changed files, check every hash and record, apply at once.
import { verifyManifest, type TrustedKey } from '../feed/crypto.ts';
import { checkFeedFile, READER_VERSION } from '../feed/feed-file.ts';
import { crossFileProblems } from '../feed/feed-rules.ts';
import { MAX_SEQUENCE_STEP, type Manifest, type ManifestFile } from '../feed/manifest.ts';
import type { HeldFeed, OleDb } from '../storage/db.ts';
import {
  applyFeedFiles,
  getHeldFeed,
  getSyncStatus,
  HeldFeedMoved,
  putSyncStatus,
  type VerifiedFile,
} from '../storage/feed-store.ts';
import { loadFeedFiles } from '../storage/registry-store.ts';
import { fetchBytes } from './fetch-bytes.ts';
import { MANIFEST_MAX_BYTES, SIGNATURE_MAX_BYTES } from './download-bounds.ts';
import { feedLock, type FeedLock } from './feed-lock.ts';
import { SyncFailure } from './sync-failure.ts';

export type SyncDeps = {
  readonly db: OleDb;
  /** The public keys this build trusts (several during a key rotation). */
  readonly trustedKeys: readonly TrustedKey[];
  readonly fetch: typeof fetch;
  /** Where manifest.json lives, ending in '/'. */
  readonly baseUrl: string;
  readonly now: () => Date;
  /** Serialises syncs across tabs and the service worker; Web Locks by default. */
  readonly lock?: FeedLock;
  /** Called when another tab or the service worker is syncing and this one waits for it. */
  readonly onWait?: () => void;
};

/** `superseded`: another sync applied this edition or a newer one while this one ran, so it wrote nothing. */
type Pulled = { ok: true; changed: 'nothing' | 'updated' | 'superseded'; sequence: number; filesFetched: number };
export type SyncOutcome = { checkedAt: string } & (Pulled | { ok: false; code: SyncFailure['code']; detail: string });

export async function syncFeed(deps: SyncDeps): Promise<SyncOutcome> {
  return (deps.lock ?? feedLock())(() => syncHoldingLock(deps), deps.onWait);
}

async function syncHoldingLock(deps: SyncDeps): Promise<SyncOutcome> {
  const checkedAt = deps.now().toISOString();
  try {
    // Best effort: a full disk must not stop a check that would say so itself.
    const last = await getSyncStatus(deps.db);
    if (last) await putSyncStatus(deps.db, { ...last, attemptStartedAt: checkedAt }).catch(() => undefined);
    const outcome = await pullAndApply(deps);
    await putSyncStatus(deps.db, { lastCheckedAt: checkedAt, ok: true });
    return { checkedAt, ...outcome };
  } catch (error) {
    const failure = asFailure(error);
    await putSyncStatus(deps.db, {
      lastCheckedAt: checkedAt,
      ok: false,
      code: failure.code,
      detail: failure.message,
    }).catch(() => undefined);
    return { checkedAt, ok: false, code: failure.code, detail: failure.message };
  }
}

async function pullAndApply(deps: SyncDeps): Promise<Pulled> {
  const { db, trustedKeys, fetch, baseUrl } = deps;
  const [manifestBytes, signatureBytes] = await Promise.all([
    fetchBytes(fetch, `${baseUrl}manifest.json`, { maxBytes: MANIFEST_MAX_BYTES }),
    fetchBytes(fetch, `${baseUrl}manifest.sig`, { maxBytes: SIGNATURE_MAX_BYTES }),
  ]);
  // Read as an app reads: keys and files added to format 1 after this build are dropped, not refused.
  const verified = await verifyManifest(manifestBytes, signatureBytes, trustedKeys, 'drop');
  if (!verified.ok) throw new SyncFailure(verified.code, verified.reason);
  const manifest: Manifest = verified.manifest;
  // A held feed moved by a sync that ran without the lock (an older app version): decide again from what is held.
  for (let attempt = 0; ; attempt++) {
    const held = await getHeldFeed(db);
    try {
      return await applyNewer(deps, manifest, held);
    } catch (error) {
      if (!(error instanceof HeldFeedMoved)) throw error;
      const now = error.held;
      if (now && now.sequence >= manifest.sequence)
        return { ok: true, changed: 'superseded', sequence: now.sequence, filesFetched: 0 };
      if (attempt > 0) throw new SyncFailure('storage', error.message);
    }
  }
}

async function applyNewer(
  { db, fetch, baseUrl, now }: SyncDeps,
  manifest: Manifest,
  held: HeldFeed | undefined,
): Promise<Pulled> {
  if (held && manifest.sequence < held.sequence) {
    throw new SyncFailure('rollback', `offered sequence ${manifest.sequence}, holding ${held.sequence}`);
  }
  // Stored by a reader that dropped keys this one keeps: read it all again, even if the sequence is the one held.
  const reread = held !== undefined && (held.readerVersion ?? 1) < READER_VERSION;
  if (held && manifest.sequence === held.sequence && !reread)
    return { ok: true, changed: 'nothing', sequence: held.sequence, filesFetched: 0 };
  if (manifest.sequence - (held?.sequence ?? 0) > MAX_SEQUENCE_STEP) {
    throw new SyncFailure(
      'sequence-jump',
      `offered sequence ${manifest.sequence}, holding ${held?.sequence ?? 'none'}: more than ${MAX_SEQUENCE_STEP} ahead`,
    );
  }

  const toFetch = manifest.files.filter((file) => reread || held?.files[file.path]?.sha256 !== file.sha256);
  const changed = await Promise.all(toFetch.map((file) => fetchVerified(fetch, baseUrl, file)));
  const removed = Object.entries(held?.files ?? {})
    .filter(([path]) => !manifest.files.some((file) => file.path === path))
    .map(([path, { kind }]) => ({ path, kind }));
  await checkAsWhole(db, manifest, changed, held);
  const next: HeldFeed = {
    sequence: manifest.sequence,
    publishedAt: manifest.publishedAt,
    keyId: manifest.keyId,
    demo: manifest.demo,
    files: Object.fromEntries(manifest.files.map((file) => [file.path, { sha256: file.sha256, kind: file.kind }])),
    appliedAt: now().toISOString(),
    readerVersion: READER_VERSION,
  };
  try {
    await applyFeedFiles(db, next, changed, removed, held);
  } catch (error) {
    if (error instanceof HeldFeedMoved) throw error;
    const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
    throw new SyncFailure(quota ? 'storage-full' : 'storage', error instanceof Error ? error.message : String(error));
  }
  return { ok: true, changed: 'updated', sequence: manifest.sequence, filesFetched: changed.length };
}

/** The feed as it would be once applied (held files kept, new ones in) must pass the publisher's cross-file rules. */
async function checkAsWhole(
  db: OleDb,
  manifest: Manifest,
  changed: readonly VerifiedFile[],
  held: HeldFeed | undefined,
): Promise<void> {
  const replaced = new Set(changed.map((file) => file.path));
  const listed = new Set(manifest.files.map((file) => file.path));
  const kept = held
    ? (await loadFeedFiles(db)).filter((file) => listed.has(file.path) && !replaced.has(file.path))
    : [];
  const problems = crossFileProblems([...kept, ...changed]);
  if (problems.length)
    throw new SyncFailure(
      'bad-records',
      `the feed as a whole breaks ${problems.length} rule(s): ${problems.slice(0, 5).join('; ')}`,
    );
}

async function fetchVerified(fetchFn: typeof fetch, baseUrl: string, entry: ManifestFile): Promise<VerifiedFile> {
  const result = await checkFeedFile(entry, await fetchBytes(fetchFn, baseUrl + entry.path, { maxBytes: entry.size }));
  if (!result.ok) throw new SyncFailure(result.code, [result.reason, ...result.problems.slice(0, 5)].join('; '));
  return result.file;
}

function asFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  return new SyncFailure('storage', error instanceof Error ? error.message : String(error));
}
