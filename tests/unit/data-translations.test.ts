// Missing translations of the rules pack and questionnaire are caught here: every locale's overlay carries exactly
// the English texts' keys (each missing or extra key is named), keeps placeholders, and loads as a valid pack.
import { describe, expect, it } from 'vitest';
import rawQuestions from '../../data/questions.json' with { type: 'json' };
import { assembleDefaultPack, defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { becauseText } from '../../src/domain/explain.ts';
import {
  COSTS_TEXTS,
  extractTexts,
  overlayProblems,
  QUESTIONNAIRE_TEXTS,
  RULES_TEXTS,
} from '../../src/domain/i18n/data-texts.ts';
import { defaultCosts, rawCostTables } from '../../src/domain/costs/default-costs.ts';
import { localizeQuestionnaire, localizeRules } from '../../src/domain/i18n/localized-data.ts';
import { loadLocalizedData } from '../../src/ui/app/localized-data.ts';
import { answersToProfile } from '../../src/domain/questions.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locale.ts';

const overlays = import.meta.glob<{ default: unknown }>('../../data/i18n/*/*.json', { eager: true });
// A directory whose locale is not in the list yet is a translation in progress: the app leaves it out.
const listed = (path: string) => (LOCALES as readonly string[]).includes(path.split('/').at(-2)!);
const overlay = (locale: string, file: string) => overlays[`../../data/i18n/${locale}/${file}.json`]?.default;
const english = {
  rules: extractTexts(assembleDefaultPack(), RULES_TEXTS),
  questions: extractTexts(rawQuestions, QUESTIONNAIRE_TEXTS),
  costs: extractTexts(rawCostTables, COSTS_TEXTS),
};
const translated = LOCALES.filter((l) => l !== SOURCE_LOCALE);

describe('data overlays', () => {
  it('exist for every locale the app speaks, one per data file', () => {
    const expected = translated
      .flatMap((l) => ['costs', 'questions', 'rules', 'scenarios'].map((file) => `../../data/i18n/${l}/${file}.json`))
      .sort();
    expect(Object.keys(overlays).filter(listed).sort()).toEqual(expected);
  });

  it.each(translated.flatMap((l) => (['rules', 'questions', 'costs'] as const).map((f) => [l, f] as const)))(
    '%s/%s.json has every English key, no other, none empty, placeholders kept',
    (locale, file) => {
      expect(overlayProblems(english[file], overlay(locale, file))).toEqual([]);
    },
  );

  it.each(translated)(
    '%s texts load as a valid pack and questionnaire with the same ids and numbers',
    async (locale) => {
      const data = await loadLocalizedData(locale);
      expect(Object.keys(data.rules.options)).toEqual(Object.keys(defaultRules.options));
      expect(data.rules.ratings).toEqual(defaultRules.ratings);
      expect(data.rules.options.negotiation.name).not.toBe(defaultRules.options.negotiation.name);
      // Sources keep their keys (facts cite them) while the citation a person reads is translated.
      expect(Object.keys(data.rules.sources)).toEqual(Object.keys(defaultRules.sources));
      expect(data.rules.sources['New York Convention']!.citation).not.toBe(
        defaultRules.sources['New York Convention']!.citation,
      );
      // Cost tables: the same figures, their populations in the locale's words.
      expect(data.costs.map((t) => t.figures.map((f) => [f.id, f.value]))).toEqual(
        defaultCosts.map((t) => t.figures.map((f) => [f.id, f.value])),
      );
      expect(data.costs[0]!.figures[0]!.population).not.toBe(defaultCosts[0]!.figures[0]!.population);
      expect(data.questionnaire.questions.map((q) => q.id)).toEqual(
        localizeQuestionnaire({}).questions.map((q) => q.id),
      );
      // The same answers rank the same way in every language; only the words differ.
      const answers = { 'q.relationship': 3, 'q.privacy': 2, 'q.escalation': 4, 'q.willing': 0 };
      const profile = answersToProfile(data.questionnaire, answers);
      const local = analyse(profile, data.rules);
      const base = analyse(profile, defaultRules);
      expect(local.options.map((o) => [o.id, o.score])).toEqual(base.options.map((o) => [o.id, o.score]));
      const escalation = local.options.flatMap((o) =>
        o.reasons.filter((r) => r.source === 'ctx.escalation').map((r) => becauseText(data.rules, o.id, r)),
      );
      expect(escalation.length).toBeGreaterThan(0);
      for (const phrase of escalation) expect(phrase).toMatch(/ 4 .* 9 /);
    },
  );
});

describe('overlayProblems', () => {
  it('names each missing, extra, empty key and a dropped placeholder', () => {
    const source = { a: 'one', b: 'stage {value}', c: 'three' };
    expect(overlayProblems(source, { a: 'un', b: 'étape', d: 'x', c: ' ' })).toEqual([
      'drops {value}: b',
      'extra: d',
      'empty: c',
    ]);
    expect(overlayProblems(source, { a: 'un' })).toEqual(['missing: b', 'missing: c']);
    expect(overlayProblems(source, [])).toEqual(['not an object of texts']);
  });

  it('a translated pack that breaks the pack is refused at load', () => {
    expect(() => localizeRules({ 'options/negotiation/name': '' })).toThrow(/options\.negotiation\.name/);
  });
});
