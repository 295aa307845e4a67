// Checks one fetched feed file against its manifest entry: size, SHA-256, JSON, every record, the record count.
// This is the app's reader: keys added to the format after this build are dropped from the records it keeps.
import { utf8Decode } from './bytes.ts';
import { sha256Hex } from './crypto.ts';
import type { FileKind, ManifestFile } from './manifest.ts';
import { parseFeedbackDigests, parseMediatorProfiles, parseRevocations } from '../domain/registry/validate-records.ts';
import { parseStandardsFile } from '../domain/registry/validate-standards.ts';
import { stripBidiControls } from '../domain/registry/text.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';

/**
 * Which additions within format 1 this reader keeps (src/feed/README.md, "Additions within version 1"). A feed held by
 * a lower reader lost them when it was stored, so a sync re-reads every file of it, even at the sequence held.
 * 1: format 1 as first published. 2 (December 2026): availability, fees, backgrounds, safeguardingTrained, shuttle
 * and bioLanguage on profiles, language on digests.
 */
export const READER_VERSION = 2;

/** What each kind of file holds once checked: a list of records, or (standards) one object. */
export type FileContent =
  | { readonly kind: 'registry'; readonly records: readonly MediatorProfile[] }
  | { readonly kind: 'digests'; readonly records: readonly FeedbackDigest[] }
  | { readonly kind: 'revocations'; readonly records: readonly Revocation[] }
  | { readonly kind: 'standards'; readonly records: unknown };

export type CheckedFile = { readonly path: string } & FileContent;

export type FileResult =
  | { ok: true; file: CheckedFile }
  | { ok: false; code: 'hash-mismatch' | 'bad-records'; reason: string; problems: string[] };

const MAX_PROBLEMS = 20;

function fail(code: 'hash-mismatch' | 'bad-records', reason: string, problems: string[] = []): FileResult {
  return { ok: false, code, reason, problems: problems.slice(0, MAX_PROBLEMS) };
}

function parseContent(
  kind: FileKind,
  path: string,
  value: unknown,
): { ok: true; content: FileContent } | { ok: false; problems: string[] } {
  switch (kind) {
    case 'registry': {
      const r = parseMediatorProfiles(value, path, 'drop');
      return r.ok ? { ok: true, content: { kind, records: r.records } } : r;
    }
    case 'digests': {
      const r = parseFeedbackDigests(value, path, 'drop');
      return r.ok ? { ok: true, content: { kind, records: r.records } } : r;
    }
    case 'revocations': {
      const r = parseRevocations(value, path, 'drop');
      return r.ok ? { ok: true, content: { kind, records: r.records } } : r;
    }
    case 'standards': {
      const r = parseStandardsFile(path, value, 'drop');
      return r.ok ? { ok: true, content: { kind, records: r.value } } : r;
    }
  }
}

/** `entry` comes from a verified manifest; `bytes` are the file exactly as fetched. */
export async function checkFeedFile(entry: ManifestFile, bytes: Uint8Array): Promise<FileResult> {
  if (bytes.length !== entry.size) {
    return fail(
      'hash-mismatch',
      `${entry.path}: ${bytes.length} bytes, the manifest says ${entry.size} (truncated or changed)`,
    );
  }
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== entry.sha256)
    return fail('hash-mismatch', `${entry.path}: SHA-256 ${sha256} does not match the manifest's ${entry.sha256}`);
  let value: unknown;
  try {
    value = JSON.parse(utf8Decode(bytes));
  } catch (error) {
    return fail('bad-records', `${entry.path}: not valid UTF-8 JSON (${(error as Error).message})`);
  }
  const parsed = parseContent(entry.kind, entry.path, value);
  if (!parsed.ok) {
    const more = parsed.problems.length > MAX_PROBLEMS ? ` (and ${parsed.problems.length - MAX_PROBLEMS} more)` : '';
    return fail(
      'bad-records',
      `${entry.path}: ${parsed.problems.length} invalid record field(s): ${parsed.problems[0]}${more}`,
      parsed.problems,
    );
  }
  const count = entry.kind === 'standards' ? 1 : (parsed.content.records as readonly unknown[]).length;
  if (count !== entry.records)
    return fail('bad-records', `${entry.path}: ${count} records, the manifest says ${entry.records}`);
  // Stored without bidi controls, so no screen, search or export can show a name reordered.
  const content = entry.kind === 'standards' ? parsed.content : stripBidiControls(parsed.content);
  return { ok: true, file: { path: entry.path, ...content } };
}
