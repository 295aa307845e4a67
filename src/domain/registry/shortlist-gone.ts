// Why a mediator on a shortlist is not shown: revoked, no longer listed, or not in the registry this device holds.
import type { CertificationReason, CertificationStatus } from './certification-status.ts';
import type { MediatorProfile, Revocation } from './types.ts';

/** `name` is known only while this device holds the profile: a shared link carries ids, never names. */
export type Gone = { readonly id: string; readonly name?: string } & (
  | { readonly why: 'revoked'; readonly date: string; readonly reasonCode: string }
  | { readonly why: 'not-listed'; readonly reasons: readonly CertificationReason[] }
  | { readonly why: 'not-held' }
);

/** Undefined while the mediator is listed (shown, flagged if a digest is out of date). */
export function goneFromShortlist(
  id: string,
  entry: { readonly profile: MediatorProfile; readonly status: CertificationStatus } | undefined,
  revocation: Revocation | undefined,
): Gone | undefined {
  if (entry?.status.listed && !entry.status.revoked) return undefined;
  const revoked = entry?.status.reasons.find((r) => r.code === 'revoked');
  if (revoked?.code === 'revoked')
    return { id, name: entry!.profile.name, why: 'revoked', date: revoked.date, reasonCode: revoked.reasonCode };
  if (entry) return { id, name: entry.profile.name, why: 'not-listed', reasons: entry.status.reasons };
  if (revocation) return { id, why: 'revoked', date: revocation.date, reasonCode: revocation.reasonCode };
  return { id, why: 'not-held' };
}
