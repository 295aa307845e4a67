// Whether a mediator shows as certified today: decided from dates alone, so it holds from a cache between syncs.
import { addMonths, dateOnly, isIsoDate } from './dates.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from './types.ts';

/** A Feedback Digest must be renewed at least every two years. */
export const DIGEST_VALID_MONTHS = 24;
/** A newly certified mediator may be listed without a digest for this long. */
export const GRACE_MONTHS = 6;

/**
 * - current: a digest dated within the last 24 months (valid through its second anniversary, inclusive).
 * - grace: no current digest, but first certified within the last 6 months (through the 6-month date, inclusive).
 * - stale: a digest exists but is older than 24 months, and no grace applies.
 * - missing: no digest and past the grace period.
 */
export type DigestState = 'current' | 'grace' | 'stale' | 'missing';

export type CertificationStatus = {
  /** May appear in directory search. False when revoked, or when past grace with no digest at all. */
  readonly listed: boolean;
  /** May show the IMI Certified badge: only with a current digest or within grace, and never when revoked. */
  readonly certified: boolean;
  readonly revoked: boolean;
  readonly digest: DigestState;
  /** Last day the current digest (or the grace period) covers; absent when stale, missing or revoked. */
  readonly validUntil?: string;
  /** Plain-English reasons for anything short of "certified with a current digest". */
  readonly reasons: readonly string[];
};

export type RevocationLookup = ReadonlyMap<string, Revocation> | readonly Revocation[];

/** Index revocations once when checking many profiles. */
export function indexRevocations(revocations: readonly Revocation[]): ReadonlyMap<string, Revocation> {
  return new Map(revocations.map((r) => [r.mediatorId, r]));
}

function findRevocation(id: string, revocations: RevocationLookup): Revocation | undefined {
  return Array.isArray(revocations)
    ? (revocations as readonly Revocation[]).find((r) => r.mediatorId === id)
    : (revocations as ReadonlyMap<string, Revocation>).get(id);
}

/** Grace runs from the first certification: adding a specialisation later does not restart it. */
export function firstCertifiedOn(profile: MediatorProfile): string | undefined {
  return profile.certifications.map((c) => c.certifiedOn).sort()[0];
}

/**
 * `today` is an ISO date or timestamp (only the date counts). A revocation counts whatever its date: once the
 * registry publishes it, a wrong device clock must not bring the mediator back.
 */
export function certificationStatus(
  profile: MediatorProfile,
  digest: FeedbackDigest | undefined,
  revocations: RevocationLookup,
  today: string,
): CertificationStatus {
  const day = dateOnly(today);
  if (!isIsoDate(day)) throw new Error(`certificationStatus: today must be an ISO date, got "${today}"`);
  const ownDigest = digest && digest.mediatorId === profile.id ? digest : undefined;
  const digestUntil = ownDigest ? addMonths(ownDigest.date, DIGEST_VALID_MONTHS) : undefined;
  const first = firstCertifiedOn(profile);
  const graceUntil = first ? addMonths(first, GRACE_MONTHS) : undefined;

  const revocation = findRevocation(profile.id, revocations);
  if (revocation) {
    const state: DigestState = digestUntil ? (day <= digestUntil ? 'current' : 'stale') : 'missing';
    const reason = `certification revoked on ${revocation.date} (${revocation.reasonCode})`;
    return { listed: false, certified: false, revoked: true, digest: state, reasons: [reason] };
  }
  if (digestUntil && day <= digestUntil) {
    return { listed: true, certified: true, revoked: false, digest: 'current', validUntil: digestUntil, reasons: [] };
  }
  if (first && graceUntil && day <= graceUntil) {
    const reason = ownDigest
      ? `Feedback Digest of ${ownDigest.date} is out of date; newly certified on ${first}, grace period until ${graceUntil}`
      : `newly certified on ${first}: no Feedback Digest yet, grace period until ${graceUntil}`;
    return { listed: true, certified: true, revoked: false, digest: 'grace', validUntil: graceUntil, reasons: [reason] };
  }
  if (ownDigest) {
    const reason = `Feedback Digest of ${ownDigest.date} is older than ${DIGEST_VALID_MONTHS} months (renewal was due by ${digestUntil})`;
    return { listed: true, certified: false, revoked: false, digest: 'stale', reasons: [reason] };
  }
  const reason = first
    ? `no Feedback Digest, and the ${GRACE_MONTHS}-month grace period after certification on ${first} ended on ${graceUntil}`
    : 'no certification on the profile';
  return { listed: false, certified: false, revoked: false, digest: 'missing', reasons: [reason] };
}
