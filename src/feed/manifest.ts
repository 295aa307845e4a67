// The signed manifest: what a feed holds. Parsed strictly; an unknown format version is refused by name.
import {
  checkInt,
  checkKeys,
  checkOneOf,
  describe,
  isRecord,
  newProblems,
  readArray,
  readText,
  type Problems,
  type UnknownKeys,
} from '../domain/validate.ts';
import { STANDARDS_FILES } from '../domain/registry/standards.ts';

export const FORMAT_VERSION = 1;

/**
 * The most a sequence may grow from one held edition to the next (and the most a first edition may carry): a bad or
 * hostile jump to 2^53 - 1 would otherwise leave no higher sequence, freezing every device's updates for good.
 * A billion is 1,900 years of feed:build's default (minutes since 2020).
 */
export const MAX_SEQUENCE_STEP = 1_000_000_000;

export const FILE_KINDS = ['registry', 'digests', 'revocations', 'standards'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export type ManifestFile = {
  /** Relative to the manifest's folder, e.g. "registry/03.json". */
  readonly path: string;
  /** Lowercase hex SHA-256 of the file's exact bytes. */
  readonly sha256: string;
  readonly size: number;
  readonly kind: FileKind;
  /** Records in the file: the list's length, or 1 for a standards file (one object). */
  readonly records: number;
};

export type Manifest = {
  readonly formatVersion: typeof FORMAT_VERSION;
  /** Grows with every publication; the app refuses a lower one than it holds (rollback). */
  readonly sequence: number;
  /** ISO timestamp, UTC: "2026-11-01T00:00:00Z". The app shows it as "directory as of". */
  readonly publishedAt: string;
  /** Which trusted key signed manifest.sig: the key's JWK thumbprint (RFC 7638). */
  readonly keyId: string;
  /** True when the registry is invented demo data: the app labels it. */
  readonly demo: boolean;
  readonly files: readonly ManifestFile[];
};

export type ManifestResult =
  | { ok: true; manifest: Manifest }
  | { ok: false; code: 'unknown-format' | 'bad-manifest'; problems: string[] };

const KEYS = ['formatVersion', 'sequence', 'publishedAt', 'keyId', 'demo', 'files'];
const FILE_KEYS = ['path', 'sha256', 'size', 'kind', 'records'];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** Where each kind of file may live, so a path cannot climb out of the feed folder or mislabel itself. */
const PATHS: Record<FileKind, RegExp> = {
  registry: /^registry\/[a-z0-9][a-z0-9._-]*\.json$/,
  digests: /^digests\/[a-z0-9][a-z0-9._-]*\.json$/,
  revocations: /^revocations\.json$/,
  standards: /^standards\/[a-z0-9][a-z0-9._-]*\.json$/,
};

/** The one question worth asking before anything else: can this app read this format at all? */
export function formatProblem(input: unknown): string | undefined {
  const version = isRecord(input) ? input['formatVersion'] : undefined;
  if (version === FORMAT_VERSION) return undefined;
  if (Number.isInteger(version) && (version as number) > FORMAT_VERSION) {
    return `formatVersion: feed format ${String(version)} is newer than this app reads (${FORMAT_VERSION}); update the app`;
  }
  return `formatVersion: expected ${FORMAT_VERSION}, got ${describe(version)}`;
}

function checkFile(item: unknown, path: string, problems: Problems): void {
  if (!isRecord(item)) return void problems.push(`${path}: expected an object, got ${describe(item)}`);
  checkKeys(item, FILE_KEYS, path, problems);
  const kind = item['kind'];
  checkOneOf(kind, FILE_KINDS, `${path}.kind`, problems);
  const filePath = readText(item, 'path', path, problems);
  if (filePath !== undefined && FILE_KINDS.includes(kind as FileKind) && !PATHS[kind as FileKind].test(filePath)) {
    problems.push(
      `${path}.path: "${filePath}" is not where a ${String(kind)} file lives (${PATHS[kind as FileKind].source})`,
    );
  }
  if (typeof item['sha256'] !== 'string' || !SHA256.test(item['sha256'])) {
    problems.push(`${path}.sha256: expected 64 lowercase hex digits, got ${describe(item['sha256'])}`);
  }
  checkInt(item['size'], 0, Number.MAX_SAFE_INTEGER, `${path}.size`, problems);
  checkInt(item['records'], 0, Number.MAX_SAFE_INTEGER, `${path}.records`, problems);
  if (kind === 'standards' && item['records'] !== 1) problems.push(`${path}.records: a standards file holds 1 record`);
}

const KNOWN_STANDARDS: ReadonlySet<string> = new Set(Object.values(STANDARDS_FILES));

/**
 * A reader skips what this app cannot use, as it drops unknown keys: files of a kind it does not know and standards
 * files it has no screen for (such as the standards/rules.json of feeds before December 2026). They are not fetched.
 */
function readable(item: unknown): boolean {
  if (!isRecord(item)) return true;
  if (!FILE_KINDS.includes(item['kind'] as FileKind)) return false;
  return item['kind'] !== 'standards' || KNOWN_STANDARDS.has(item['path'] as string);
}

/**
 * Validates a parsed manifest.json: a bad value or duplicate path is a problem. An unknown key is one too for a
 * publisher; an app reading a feed (`unknownKeys: 'drop'`) drops it and skips files it cannot use (see readable).
 */
export function parseManifest(input: unknown, unknownKeys: UnknownKeys = 'refuse'): ManifestResult {
  if (!isRecord(input))
    return { ok: false, code: 'bad-manifest', problems: [`manifest: expected an object, got ${describe(input)}`] };
  const format = formatProblem(input);
  if (format) return { ok: false, code: 'unknown-format', problems: [format] };
  const problems = newProblems(unknownKeys);
  if (unknownKeys === 'drop' && Array.isArray(input['files'])) input['files'] = input['files'].filter(readable);
  checkKeys(input, KEYS, '', problems);
  checkInt(input['sequence'], 1, Number.MAX_SAFE_INTEGER, 'sequence', problems);
  const publishedAt = input['publishedAt'];
  if (typeof publishedAt !== 'string' || !TIMESTAMP.test(publishedAt) || Number.isNaN(Date.parse(publishedAt))) {
    problems.push(`publishedAt: expected a UTC timestamp such as "2026-11-01T00:00:00Z", got ${describe(publishedAt)}`);
  }
  readText(input, 'keyId', '', problems);
  if (typeof input['demo'] !== 'boolean') problems.push(`demo: expected true or false, got ${describe(input['demo'])}`);
  const files = readArray(input, 'files', '', problems) ?? [];
  const seen = new Set<unknown>();
  files.forEach((item, i) => {
    checkFile(item, `files[${i}]`, problems);
    const path = isRecord(item) ? item['path'] : undefined;
    if (seen.has(path)) problems.push(`files[${i}].path: duplicate "${String(path)}"`);
    seen.add(path);
  });
  return problems.length
    ? { ok: false, code: 'bad-manifest', problems }
    : { ok: true, manifest: input as unknown as Manifest };
}
