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
  it('leaves a sentence’s full stop and an unmatched bracket outside the isolate', () => {
    expect(show(isolateLatin('نسخة من Olé. لم يتغيّر شيء'))).toBe('نسخة من [Olé]. لم يتغيّر شيء');
    expect(show(isolateLatin('أفضل بديل (BATNA).'))).toBe('أفضل بديل ([BATNA]).');
    expect(show(isolateLatin('Lugano Convention (30 أكتوبر 2007)'))).toBe('[Lugano Convention] (30 أكتوبر 2007)');
    expect(show(isolateLatin('وفق U.S.C. من'))).toBe('وفق [U.S.C.] من');
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

describe('the Arabic texts, isolated', () => {
  it('have every isolate’s brackets balanced, and no sentence’s full stop inside one', async () => {
    const { catalogues, messagesIn } = await import('./locale-texts.ts');
    const { loadLocalizedData } = await import('../../src/ui/app/localized-data.ts');
    const all: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') all.push(value);
      else if (typeof value === 'function')
        all.push(String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => 2))));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const { catalogue } of catalogues) collect(messagesIn(catalogue, 'ar'));
    const data = await loadLocalizedData('ar'); // isolated as the page loads it
    collect(data.rules);
    collect(data.questionnaire);
    const bad = all.flatMap((text) =>
      [...isolateLatin(text).matchAll(/\u2068([^\u2069]*)\u2069/g)]
        .map((m) => m[1]!)
        .filter(
          (run) =>
            run.split('(').length !== run.split(')').length ||
            (run.endsWith('.') && (run.slice(run.lastIndexOf(' ') + 1).match(/\./g) ?? []).length === 1),
        ),
    );
    expect(all.length).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});
