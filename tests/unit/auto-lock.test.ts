import { describe, expect, it } from 'vitest';
import {
  AUTO_LOCK_CHOICES,
  DEFAULT_AUTO_LOCK_MINUTES,
  idleTooLong,
  toAutoLockMinutes,
} from '../../src/ui/cases/auto-lock.ts';

const MINUTE = 60_000;

describe('auto-lock', () => {
  it('locks once the chosen minutes have passed without use, not a moment before', () => {
    expect(idleTooLong(0, 15 * MINUTE - 1, 15)).toBe(false);
    expect(idleTooLong(0, 15 * MINUTE, 15)).toBe(true);
    expect(idleTooLong(10 * MINUTE, 14 * MINUTE, 5)).toBe(false);
    expect(idleTooLong(10 * MINUTE, 75 * MINUTE, 60)).toBe(true);
  });

  it('never locks by itself when the choice is "never"', () => {
    expect(idleTooLong(0, 365 * 24 * 60 * MINUTE, 0)).toBe(false);
  });

  it('reads a stored choice, and gives the default for anything else', () => {
    for (const choice of AUTO_LOCK_CHOICES) expect(toAutoLockMinutes(choice)).toBe(choice);
    for (const junk of [undefined, null, '15', 7, -5, Number.NaN, {}, [15]])
      expect(toAutoLockMinutes(junk)).toBe(DEFAULT_AUTO_LOCK_MINUTES);
  });
});
