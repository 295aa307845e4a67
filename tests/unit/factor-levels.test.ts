// Reasons quote the level actually answered: "A little" is not "much more powerful" (issue 12). For every goal and
// impediment, each level that gives points has its own phrase, in every language the app speaks.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/domain/engine.ts';
import { becauseText } from '../../src/domain/explain.ts';
import { FACTOR_IDS, factorKind, factorValues, type Level, type RatedFactorId } from '../../src/domain/factors.ts';
import { loadLocalizedData } from '../../src/ui/app/localized-data.ts';
import type { RulesPack } from '../../src/domain/rules-pack.ts';
import { LOCALES } from '../../src/i18n/locale.ts';

const RATED = FACTOR_IDS.filter((id): id is RatedFactorId => ['goal', 'impediment'].includes(factorKind(id)));

/** The phrases the engine's reasons give for one factor answered at one level, and nothing else answered. */
function phrasesAt(rules: RulesPack, factor: RatedFactorId, level: Level): string[] {
  const analysis = analyse({ [factor]: level }, rules);
  const phrases = analysis.options.flatMap((o) =>
    o.reasons.filter((r) => r.source === factor).map((r) => becauseText(rules, o.id, r) ?? ''),
  );
  return [...new Set(phrases)];
}

// German writes nouns and the polite "Ihnen" with a capital in mid-sentence: there a phrase may start with one.
const CAPITALS_MID_SENTENCE: ReadonlySet<string> = new Set(['de']);

describe.each(LOCALES)('reasons for goals and impediments name the level answered (%s)', (locale) => {
  it.each(RATED)('%s: one phrase per level that gives points, no two levels alike', async (factor) => {
    const { rules } = await loadLocalizedData(locale);
    const levels = factorValues(factor).filter((v): v is Level => typeof v === 'number');
    const byLevel = new Map(levels.map((level) => [level, phrasesAt(rules, factor, level)] as const));
    // Level 0 gives no reason at all, so it needs no text; every other level does give one.
    expect(byLevel.get(0)).toEqual([]);
    const contributing = levels.filter((level) => byLevel.get(level)!.length > 0);
    expect(contributing).toEqual([1, 2, 3]);
    for (const level of contributing) {
      const phrases = byLevel.get(level)!;
      expect(phrases, `${factor} at ${level}`).toHaveLength(1);
      const [phrase] = phrases as [string];
      // Reads after "because" and on its own under "Against": a fragment, lower case, no final stop.
      expect(phrase, `${factor} at ${level}`).toMatch(CAPITALS_MID_SENTENCE.has(locale) ? /[^.]$/u : /^[^A-Z].*[^.]$/u);
      expect(rules.factors[factor].becauseWhen?.[String(level)], `${factor} at ${level}`).toBe(phrase);
    }
    const phrases = contributing.map((level) => byLevel.get(level)![0]);
    expect(new Set(phrases).size, `${factor}: ${phrases.join(' | ')}`).toBe(contributing.length);
  });
});

describe('power imbalance', () => {
  const expected = {
    en: ['somewhat more powerful', 'clearly more powerful', 'much more powerful'],
    fr: ['un peu plus puissante', 'nettement plus puissante', 'bien plus puissante'],
    es: ['algo más poderosa', 'claramente más poderosa', 'mucho más poderosa'],
    de: ['etwas überlegen', 'deutlich überlegen', 'weit überlegen'],
    ar: ['أقوى من الآخر إلى حدٍّ ما', 'أقوى من الآخر بوضوح', 'أقوى بكثير من الآخر'],
  } as const;

  it.each(LOCALES)('answered "A little" does not say "much more" (%s)', async (locale) => {
    const { rules } = await loadLocalizedData(locale);
    const [little, quite, severely] = ([1, 2, 3] as const).map((level) =>
      phrasesAt(rules, 'imp.power-imbalance', level),
    );
    expect(little).toEqual([expect.stringContaining(expected[locale][0])]);
    expect(quite).toEqual([expect.stringContaining(expected[locale][1])]);
    expect(severely).toEqual([expect.stringContaining(expected[locale][2])]);
    expect(little![0]).not.toMatch(/much more|bien plus|mucho más|weit überlegen|أقوى بكثير/);
  });

  it('keeps "because" as the fallback for a reason given without a value', async () => {
    const { rules } = await loadLocalizedData('en');
    expect(becauseText(rules, 'mediation-facilitative', { source: 'imp.power-imbalance', points: -2 })).toBe(
      rules.factors['imp.power-imbalance'].because,
    );
  });
});
