// Rules that span a feed's files, one module for the publisher (feed:build) and for the app before it applies a feed.
import { registryConsistencyProblems } from '../domain/registry/consistency.ts';
import { STANDARDS_FILES, type Qap, type QapsStandard } from '../domain/registry/standards.ts';
import type { FeedbackDigest, MediatorProfile } from '../domain/registry/types.ts';
import type { CheckedFile } from './feed-file.ts';

const WHAT = { registry: 'mediator', digests: 'digest for', revocations: 'revocation of' } as const;

/**
 * Problems of the feed as a whole, given every file it holds (each already checked on its own): an id in two files
 * of one kind (search and profiles would break), digests of unknown mediators, unknown or unfit QAPs.
 */
export function crossFileProblems(files: readonly CheckedFile[]): string[] {
  const problems: string[] = [];
  const profiles: MediatorProfile[] = [];
  const digests: FeedbackDigest[] = [];
  let qaps: readonly Qap[] | undefined;
  const owner = {
    registry: new Map<string, string>(),
    digests: new Map<string, string>(),
    revocations: new Map<string, string>(),
  };
  for (const file of files) {
    if (file.kind === 'standards') {
      if (file.path === STANDARDS_FILES.qaps) qaps = (file.records as QapsStandard).qaps;
      continue;
    }
    const seen = owner[file.kind];
    const idOf = (index: number) =>
      file.kind === 'registry' ? file.records[index]!.id : file.records[index]!.mediatorId;
    for (let i = 0; i < file.records.length; i++) {
      const id = idOf(i);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, file.path);
      else if (first !== file.path) problems.push(`${file.path}: ${WHAT[file.kind]} ${id} is also in ${first}`);
    }
    // Loops, not push(...records): one file may hold more records than a call takes arguments.
    if (file.kind === 'registry') for (const profile of file.records) profiles.push(profile);
    if (file.kind === 'digests') for (const digest of file.records) digests.push(digest);
  }
  return [...problems, ...registryConsistencyProblems(profiles, digests, qaps)];
}
