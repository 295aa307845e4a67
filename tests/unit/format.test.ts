// Days, numbers and lists written the way each language writes them, whatever the device's time zone.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatDay, formatList, formatMoney, formatNumber } from '../../src/ui/app/format.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';

const zone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'America/Los_Angeles'; // west of Greenwich: a bare date read as local time would fall on the day before
});
afterAll(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
  setLocale('en');
});

describe('formatDay', () => {
  it('writes a calendar day as that day in every language', () => {
    setLocale('en');
    expect(formatDay('2026-03-01')).toBe('March 1, 2026');
    setLocale('fr');
    expect(formatDay('2026-03-01')).toBe('1 mars 2026');
    setLocale('es');
    expect(formatDay('2026-03-01')).toBe('1 de marzo de 2026');
  });

  it('follows the browser’s region: a British browser reads the day first', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    try {
      setLocale('en');
      expect(formatDay('2026-12-01')).toBe('1 December 2026');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('writes a moment as its day where the device is', () => {
    setLocale('en');
    expect(formatDay('2026-03-01T03:00:00Z')).toBe('February 28, 2026');
  });
});

describe('numbers and lists', () => {
  it('group digits, place currency and join lists as the language does', () => {
    setLocale('fr');
    expect(formatNumber(12345)).toBe('12\u202f345');
    expect(formatMoney(-1200, 'EUR')).toBe('\u2212\u20601\u202f200\u00a0€');
    expect(formatList(['anglais', 'espagnol', 'français'])).toBe('anglais, espagnol et français');
    setLocale('es');
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatList(['inglés', 'francés'])).toBe('inglés y francés');
    setLocale('en');
    expect(formatMoney(1200, 'EUR')).toBe('€1,200');
  });
});
