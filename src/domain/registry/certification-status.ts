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
  /** Why it is anything short of "certified with a current digest", as codes and dates the interface phrases. */
  readonly reasons: readonly CertificationReason[];
};

/** Dates are ISO days; `months` the rule's length (24 for a digest, 6 for grace). */
export type CertificationReason =
  | { readonly code: 'revoked'; readonly date: string; readonly reasonCode: string }
  | {
      readonly code: 'grace-digest-stale';
      readonly digestDate: string;
      readonly certifiedOn: string;
      readonly until: string;
    }
  | { readonly code: 'grace-no-digest'; readonly certifiedOn: string; readonly until: string }
  | { readonly code: 'digest-stale'; readonly digestDate: string; readonly months: number; readonly dueBy: string }
  | { readonly code: 'grace-ended'; readonly months: number; readonly certifiedOn: string; readonly ended: string }
  | { readonly code: 'no-certification' };

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
    const reason: CertificationReason = { code: 'revoked', date: revocation.date, reasonCode: revocation.reasonCode };
    return { listed: false, certified: false, revoked: true, digest: state, reasons: [reason] };
  }
  if (digestUntil && day <= digestUntil) {
    return { listed: true, certified: true, revoked: false, digest: 'current', validUntil: digestUntil, reasons: [] };
  }
  if (first && graceUntil && day <= graceUntil) {
    const reason: CertificationReason = ownDigest
      ? { code: 'grace-digest-stale', digestDate: ownDigest.date, certifiedOn: first, until: graceUntil }
      : { code: 'grace-no-digest', certifiedOn: first, until: graceUntil };
    return {
      listed: true,
      certified: true,
      revoked: false,
      digest: 'grace',
      validUntil: graceUntil,
      reasons: [reason],
    };
  }
  if (ownDigest) {
    const reason: CertificationReason = {
      code: 'digest-stale',
      digestDate: ownDigest.date,
      months: DIGEST_VALID_MONTHS,
      dueBy: digestUntil!,
    };
    return { listed: true, certified: false, revoked: false, digest: 'stale', reasons: [reason] };
  }
  const reason: CertificationReason =
    first && graceUntil
      ? { code: 'grace-ended', months: GRACE_MONTHS, certifiedOn: first, ended: graceUntil }
      : { code: 'no-certification' };
  return { listed: false, certified: false, revoked: false, digest: 'missing', reasons: [reason] };
}
