import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolateLatin, withoutIsolates } from '../../src/i18n/bidi.ts';

const show = (text: string) => text.replaceAll('\u2068', '[').replaceAll('\u2069', ']');

describe('isolateLatin', () => {
  it('keeps a Latin name with its own brackets, and leaves the Arabic brackets around it outside', () => {
    expect(show(isolateLatin('الوساطة ثم التحكيم (Med-Arb)'))).toBe('الوساطة ثم التحكيم ([Med-Arb])');
    expect(show(isolateLatin('استنادًا إلى Sander وGoldberg (1994): وليست'))).toBe(
      'استنادًا إلى [Sander] و[Goldberg (1994)]: وليست',
    );
  });
  it('keeps a statute’s numbering in one piece', () => {
    expect(show(isolateLatin('المادة 5 U.S.C. 572(b) من القانون'))).toBe('المادة [5 U.S.C. 572(b)] من القانون');
  });
  it('leaves a placeholder as written, for the code that fills it in', () => {
    expect(isolateLatin('المرحلة {value} من التصعيد')).toBe('المرحلة {value} من التصعيد');
  });
  it('leaves numbers, Arabic and points alone', () => {
    expect(isolateLatin('لأنّ الخصوصية تهمّك (+6)')).toBe('لأنّ الخصوصية تهمّك (+6)');
    expect(isolateLatin('3 أشهر')).toBe('3 أشهر');
  });
  it('changes nothing a person reads, and isolating twice is isolating once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('الوساطة', ' ', 'IMI', '(', ')', '2019', ', ', 'Med-Arb', 'و', ': ', 'U.S.C.', '«', '»'),
        ),
        (parts) => {
          const text = parts.join('');
          const once = isolateLatin(text);
          expect(withoutIsolates(once)).toBe(text);
          expect(isolateLatin(once)).toBe(once);
        },
      ),
    );
  });
});
