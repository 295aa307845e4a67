import { describe, expect, it } from 'vitest';
import { isCheckDue } from '../../src/sync/schedule.ts';

describe('isCheckDue', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const ok = (lastCheckedAt: string) => ({ lastCheckedAt, ok: true });
  it('checks when never checked, when the last check is old, or when the clock went backwards', () => {
    expect(isCheckDue(undefined, now)).toBe(true);
    expect(isCheckDue(ok('2026-11-28T05:59:00Z'), now)).toBe(true);
    expect(isCheckDue(ok('2026-11-29T00:00:00Z'), now)).toBe(true);
    expect(isCheckDue(ok('not a date'), now)).toBe(true);
  });
  it('does not check again within a few hours', () => {
    expect(isCheckDue(ok('2026-11-28T06:30:00Z'), now)).toBe(false);
  });
  it('checks again at once after a failed check, or one that never finished (a reload retries)', () => {
    expect(isCheckDue({ lastCheckedAt: '2026-11-28T11:59:00Z', ok: false }, now)).toBe(true);
    expect(isCheckDue({ ...ok('2026-11-28T11:00:00Z'), attemptStartedAt: '2026-11-28T11:59:00Z' }, now)).toBe(true);
  });
});
