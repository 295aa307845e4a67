// Checks across record kinds that no single record can: digests name known mediators, QAPs exist and assess the kind.
import type { Qap } from './standards.ts';
import type { FeedbackDigest, MediatorProfile } from './types.ts';

/**
 * Revocations are not checked against the profiles: a registry may drop a revoked profile and keep the revocation,
 * so that caches still holding the profile drop it too. Without a QAP list (`undefined`) QAPs are not checked.
 */
export function registryConsistencyProblems(
  profiles: readonly MediatorProfile[],
  digests: readonly FeedbackDigest[],
  qaps: readonly Qap[] | undefined,
): string[] {
  const problems: string[] = [];
  const ids = new Set(profiles.map((p) => p.id));
  const qapById = new Map((qaps ?? []).map((q) => [q.id, q]));
  for (const profile of qaps ? profiles : []) {
    profile.certifications.forEach((c, i) => {
      const qap = qapById.get(c.qapId);
      const where = `mediator ${profile.id}: certifications[${i}].qapId`;
      if (!qap) problems.push(`${where}: "${c.qapId}" is not in the QAP list`);
      else if (!qap.kinds.includes(c.kind))
        problems.push(`${where}: "${c.qapId}" does not assess ${c.kind} (it assesses ${qap.kinds.join(', ')})`);
    });
  }
  for (const digest of digests) {
    if (!ids.has(digest.mediatorId))
      problems.push(`digest for ${digest.mediatorId}: no mediator with that id in the registry`);
  }
  return problems;
}
