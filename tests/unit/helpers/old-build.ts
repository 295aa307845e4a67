// Reads records as an Olé built before December 2026's additions does: its frozen reader, unknown keys dropped.
import {
  parseFeedbackDigests,
  parseMediatorProfiles,
  parseRevocations,
} from '../../fixtures/old-build/validate-records-2516c57.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../../../src/domain/registry/types.ts';

type Records = {
  profiles: readonly MediatorProfile[];
  digests: readonly FeedbackDigest[];
  revocations: readonly Revocation[];
};

/** What the old build keeps, or its problems; the input is copied first, as the reader deletes what it drops. */
export function readAsOldBuild(records: Records): Records {
  const copy = structuredClone(records) as unknown as Record<keyof Records, unknown>;
  const profiles = parseMediatorProfiles(copy.profiles, 'registry', 'drop');
  const digests = parseFeedbackDigests(copy.digests, 'digests', 'drop');
  const revocations = parseRevocations(copy.revocations, 'revocations', 'drop');
  if (!profiles.ok || !digests.ok || !revocations.ok)
    throw new Error(
      [profiles, digests, revocations]
        .flatMap((r) => (r.ok ? [] : r.problems))
        .slice(0, 5)
        .join('\n'),
    );
  return { profiles: profiles.records, digests: digests.records, revocations: revocations.records };
}
