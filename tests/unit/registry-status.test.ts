// Certification truth by dates: 24-month digests, 6-month grace, revocation, at the day boundaries.
import { describe, expect, it } from 'vitest';
import { certificationStatus, indexRevocations } from '../../src/domain/registry/certification-status.ts';
import { addMonths } from '../../src/domain/registry/dates.ts';
import { sampleDigest, sampleProfile, sampleRevocation } from './registry-sample.ts';

const profile = sampleProfile(); // first certified 2020-03-15
const digest = sampleDigest({ date: '2024-11-01' });

describe('certificationStatus', () => {
  it('a digest is current through its second anniversary, stale the day after', () => {
    const onDay = certificationStatus(profile, digest, [], '2026-11-01');
    expect(onDay).toMatchObject({
      listed: true,
      certified: true,
      digest: 'current',
      validUntil: '2026-11-01',
      reasons: [],
    });
    const after = certificationStatus(profile, digest, [], '2026-11-02');
    expect(after).toMatchObject({ listed: true, certified: false, digest: 'stale' });
    expect(after.reasons[0]).toEqual({
      code: 'digest-stale',
      digestDate: '2024-11-01',
      months: 24,
      dueBy: '2026-11-01',
    });
  });

  it('reads a timestamp as its date', () => {
    expect(certificationStatus(profile, digest, [], '2026-11-01T23:59:59Z').digest).toBe('current');
  });

  it('gives a newly certified mediator 6 months without a digest, then drops them from the listing', () => {
    const fresh = sampleProfile({
      certifications: [{ kind: 'certified-mediator', qapId: 'q', certifiedOn: '2026-05-01' }],
    });
    expect(certificationStatus(fresh, undefined, [], '2026-11-01')).toMatchObject({
      listed: true,
      certified: true,
      digest: 'grace',
      validUntil: '2026-11-01',
    });
    const past = certificationStatus(fresh, undefined, [], '2026-11-02');
    expect(past).toMatchObject({ listed: false, certified: false, digest: 'missing' });
    expect(past.reasons[0]).toEqual({ code: 'grace-ended', months: 6, certifiedOn: '2026-05-01', ended: '2026-11-01' });
  });

  it('starts grace at the first certification, not a later specialisation', () => {
    const later = sampleProfile({
      certifications: [
        { kind: 'online', qapId: 'q', certifiedOn: '2026-09-01' },
        { kind: 'certified-mediator', qapId: 'q', certifiedOn: '2019-01-01' },
      ],
    });
    expect(certificationStatus(later, undefined, [], '2026-11-01').digest).toBe('missing');
  });

  it('a revoked mediator is never listed or certified, even with a current digest or a future-dated revocation', () => {
    const current = sampleDigest({ date: '2026-10-01' });
    for (const revocation of [sampleRevocation(), sampleRevocation({ date: '2030-01-01' })]) {
      const status = certificationStatus(profile, current, [revocation], '2026-11-01');
      expect(status).toMatchObject({ listed: false, certified: false, revoked: true });
      expect(status.reasons[0]).toMatchObject({ code: 'revoked', reasonCode: 'complaint-upheld' });
    }
    expect(certificationStatus(profile, current, indexRevocations([sampleRevocation()]), '2026-11-01').revoked).toBe(
      true,
    );
  });

  it("ignores another mediator's revocation or digest", () => {
    const other = sampleRevocation({ mediatorId: 'demo-0002' });
    expect(
      certificationStatus(profile, sampleDigest({ mediatorId: 'demo-0002', date: '2026-10-01' }), [other], '2026-11-01')
        .digest,
    ).toBe('missing');
  });

  it('rejects a today that is not a date', () => {
    expect(() => certificationStatus(profile, digest, [], 'yesterday')).toThrow(/ISO date/);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });
});
