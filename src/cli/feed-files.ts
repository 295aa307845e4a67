// Lays a registry out as feed files (shards, standards, revocations) and lists them in a signed manifest.
import type { Qap } from '../domain/registry/standards.ts';
import { STANDARDS_FILES } from '../domain/registry/standards.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';
import { parseFeedbackDigests, parseMediatorProfiles, parseRevocations } from '../domain/registry/validate-records.ts';
import { parseStandardsFile } from '../domain/registry/validate-standards.ts';
import { utf8Encode } from '../feed/bytes.ts';
import { sha256Hex } from '../feed/crypto.ts';
import type { CheckedFile } from '../feed/feed-file.ts';
import { crossFileProblems } from '../feed/feed-rules.ts';
import { FORMAT_VERSION, type Manifest, type ManifestFile } from '../feed/manifest.ts';
import { fnv1a } from '../domain/hash.ts';
import { COMPETENCIES, CONDUCT, LEVELS } from './standards-content.ts';

export type FeedSource = {
  readonly profiles: readonly MediatorProfile[];
  readonly digests: readonly FeedbackDigest[];
  readonly revocations: readonly Revocation[];
  readonly qaps: readonly Qap[];
  readonly demo: boolean;
};

export type FeedOptions = {
  readonly sequence: number;
  readonly publishedAt: string;
  readonly keyId: string;
  readonly shards?: number;
};

export type FeedFiles = {
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  readonly files: ReadonlyMap<string, Uint8Array>;
};

/** Enough shards that each holds about 1,000 profiles at most, in powers of two so the layout rarely moves. */
export function defaultShardCount(profiles: number): number {
  let count = 8;
  while (count * 1000 < profiles) count *= 2;
  return count;
}

/** A profile's shard depends on its id alone, so changing one profile rewrites one registry and one digest shard. */
export function shardName(id: string, count: number): string {
  return shardLabel(fnv1a(id) % count, count);
}

function shardLabel(index: number, count: number): string {
  return String(index).padStart(Math.max(2, String(count - 1).length), '0');
}

/** One record a line: diffs between publications stay readable. */
function listJson(records: readonly unknown[]): string {
  return records.length ? `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n` : '[]\n';
}

function shard<T>(records: readonly T[], idOf: (r: T) => string, count: number): Map<string, T[]> {
  const shards = new Map<string, T[]>();
  for (let i = 0; i < count; i++) shards.set(shardLabel(i, count), []); // empty shards too: the file set stays stable
  for (const record of [...records].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1)))
    shards.get(shardName(idOf(record), count))!.push(record);
  return shards;
}

/**
 * Refuses to publish a feed the app would refuse: every record and standard is validated, then the laid-out files
 * are checked as a whole by the same module the app runs before it applies a feed.
 */
function check(source: FeedSource, standards: Record<string, unknown>, laidOut: readonly CheckedFile[]): void {
  const problemsOf = (result: { ok: boolean; problems?: string[] }) => (result.ok ? [] : (result.problems ?? []));
  const problems = [
    ...problemsOf(parseMediatorProfiles(source.profiles)),
    ...problemsOf(parseFeedbackDigests(source.digests)),
    ...problemsOf(parseRevocations(source.revocations)),
    ...Object.entries(standards).flatMap(([path, value]) => problemsOf(parseStandardsFile(path, value))),
  ];
  if (!problems.length) problems.push(...crossFileProblems(laidOut));
  if (problems.length)
    throw new Error(`the feed would be invalid (${problems.length} problems):\n${problems.slice(0, 50).join('\n')}`);
}

export async function buildFeedFiles(source: FeedSource, options: FeedOptions): Promise<FeedFiles> {
  const standards: Record<string, unknown> = {
    [STANDARDS_FILES.levels]: LEVELS,
    [STANDARDS_FILES.competencies]: COMPETENCIES,
    [STANDARDS_FILES.conduct]: CONDUCT,
    [STANDARDS_FILES.qaps]: { qaps: source.qaps },
  };
  const count = options.shards ?? defaultShardCount(source.profiles.length);
  const laidOut: CheckedFile[] = [];
  for (const [name, records] of shard(source.profiles, (p) => p.id, count))
    laidOut.push({ path: `registry/${name}.json`, kind: 'registry', records });
  for (const [name, records] of shard(source.digests, (d) => d.mediatorId, count))
    laidOut.push({ path: `digests/${name}.json`, kind: 'digests', records });
  const revocations = [...source.revocations].sort((a, b) => (a.mediatorId < b.mediatorId ? -1 : 1));
  laidOut.push({ path: 'revocations.json', kind: 'revocations', records: revocations });
  for (const [path, value] of Object.entries(standards)) laidOut.push({ path, kind: 'standards', records: value });
  check(source, standards, laidOut);
  const entries = laidOut.map((file) =>
    file.kind === 'standards'
      ? { path: file.path, kind: file.kind, text: `${JSON.stringify(file.records, null, 1)}\n`, records: 1 }
      : { path: file.path, kind: file.kind, text: listJson(file.records), records: file.records.length },
  );
  const files = new Map<string, Uint8Array>();
  const listed: ManifestFile[] = [];
  for (const entry of entries.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const bytes = utf8Encode(entry.text);
    files.set(entry.path, bytes);
    listed.push({
      path: entry.path,
      sha256: await sha256Hex(bytes),
      size: bytes.length,
      kind: entry.kind,
      records: entry.records,
    });
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    sequence: options.sequence,
    publishedAt: options.publishedAt,
    keyId: options.keyId,
    demo: source.demo,
    files: listed,
  };
  return { manifest, manifestBytes: utf8Encode(`${JSON.stringify(manifest, null, 2)}\n`), files };
}
