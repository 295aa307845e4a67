// The scenario library is checked against the questionnaire here, not in front of thirty workshop participants.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { defaultRules } from '../../src/domain/default-rules.ts';
import { analyse } from '../../src/domain/engine.ts';
import { answersToProfile } from '../../src/domain/questions.ts';
import { applyFlip } from '../../src/domain/workshop/flip.ts';
import { parseScenario } from '../../src/domain/workshop/scenario.ts';
import { RAW_SCENARIOS } from '../../src/domain/workshop/scenario-library.ts';
import { scenarioLibrary } from '../../src/ui/workshop/scenarios.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locale.ts';

const translationFiles = import.meta.glob<unknown>('../../data/i18n/*/scenarios.json', {
  eager: true,
  import: 'default',
});
const translations = Object.fromEntries(
  Object.entries(translationFiles).map(([path, texts]) => [path.split('/').at(-2)!, texts]),
);
import { compareRankings, movedOptions } from '../../src/domain/workshop/what-if.ts';

const topOption = (answers: Parameters<typeof answersToProfile>[1]) =>
  analyse(answersToProfile(defaultQuestionnaire, answers), defaultRules, { sensitivity: false }).options[0]!;

describe('scenario library', () => {
  it('ships every file in data/scenarios, each valid against the questionnaire', () => {
    const files = readdirSync(new URL('../../data/scenarios/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(RAW_SCENARIOS.length).toBe(files.length);
    expect(scenarioLibrary.map((s) => `${s.id}.json`).sort()).toEqual(files.sort());
    for (const raw of RAW_SCENARIOS)
      expect(parseScenario(raw, defaultQuestionnaire, translations)).toMatchObject({ ok: true });
  });

  it.each(LOCALES.filter((l) => l !== SOURCE_LOCALE))('is told in %s, every text of every scenario', (locale) => {
    expect(Object.keys(translations)).toContain(locale);
    for (const scenario of scenarioLibrary) {
      expect(scenario.title[locale], scenario.id).toBeTruthy();
      expect(scenario.teachingPoints.every((p) => p[locale])).toBe(true);
      expect(
        scenario.speakerNotes.every((n) => n[locale]),
        scenario.id,
      ).toBe(true);
    }
  });

  it('has at least 12 cases with unique ids, spanning the areas trainers asked for', () => {
    expect(scenarioLibrary.length).toBeGreaterThanOrEqual(12);
    expect(new Set(scenarioLibrary.map((s) => s.id)).size).toBe(scenarioLibrary.length);
    const areas = new Set(scenarioLibrary.map((s) => s.area));
    for (const area of [
      'commercial',
      'construction',
      'employment',
      'family',
      'consumer',
      'cross-border',
      'investor-state',
      'intellectual-property',
      'community',
    ])
      expect(areas, area).toContain(area);
  });

  it('puts a variety of options first, not one winner for all', () => {
    const winners = new Set(scenarioLibrary.map((s) => topOption(s.answers).id));
    expect(winners.size).toBeGreaterThanOrEqual(6);
    for (const s of scenarioLibrary) expect(topOption(s.answers).available, s.id).toBe(true);
  });

  it('gives the trainer two or three speaker notes for every scenario', () => {
    for (const s of scenarioLibrary) expect(s.speakerNotes.length, s.id).toBeGreaterThanOrEqual(2);
    for (const s of scenarioLibrary) expect(s.speakerNotes.length, s.id).toBeLessThanOrEqual(3);
  });

  it('says what its flip shows: the family house keeps evaluative mediation first without the legal disagreement', () => {
    const house = scenarioLibrary.find((s) => s.id === 'family-house')!;
    expect(house.suggestedFlip.questionId).toBe('q.law');
    expect(topOption(applyFlip(house.answers, house.suggestedFlip)).id).toBe('mediation-evaluative');
    // Only making a neutral's view less than essential brings facilitative mediation back first.
    expect(topOption({ ...house.answers, 'q.neutral-opinion': 1 }).id).toBe('mediation-facilitative');
  });

  it('answers enough questions in each case to teach from (at least 12)', () => {
    for (const s of scenarioLibrary) expect(Object.keys(s.answers).length, s.id).toBeGreaterThanOrEqual(12);
  });

  it('each suggested flip moves something in the ranking, so there is something to show', () => {
    for (const s of scenarioLibrary) {
      const before = analyse(answersToProfile(defaultQuestionnaire, s.answers), defaultRules, { sensitivity: false });
      const after = analyse(
        answersToProfile(defaultQuestionnaire, applyFlip(s.answers, s.suggestedFlip)),
        defaultRules,
        { sensitivity: false },
      );
      expect(movedOptions(compareRankings(before, after)).length, s.id).toBeGreaterThan(0);
    }
  });
});

describe('parseScenario refuses what the library must not ship', () => {
  const good = structuredClone(RAW_SCENARIOS[0]) as Record<string, unknown>;
  const id = good['id'] as string;
  const problemsOf = (change: (s: Record<string, any>) => void, changeTexts?: (fr: Record<string, any>) => void) => {
    const copy = structuredClone(good) as Record<string, any>;
    change(copy);
    const texts = structuredClone(translations) as Record<string, Record<string, any>>;
    changeTexts?.(texts['fr']![id]);
    const result = parseScenario(copy, defaultQuestionnaire, texts);
    return result.ok ? [] : result.problems;
  };

  it('an unknown question id', () => {
    expect(problemsOf((s) => (s['answers']['q.nope'] = 1)).join()).toMatch(/q\.nope: unknown question id/);
  });
  it('a value that is not one of the choices', () => {
    expect(problemsOf((s) => (s['answers']['q.privacy'] = 7)).join()).toMatch(
      /q\.privacy: 7 is not one of its choices/,
    );
    expect(problemsOf((s) => (s['answers']['q.cross-border'] = 'yes')).join()).toMatch(/not one of its choices/);
  });
  it('a missing or empty translation, or a list of another length than the English', () => {
    const none = () => undefined;
    expect(problemsOf(none, (fr) => delete fr['title']).join()).toMatch(/title: missing its fr translation/);
    expect(problemsOf(none, (fr) => (fr['narrative'] = ' ')).join()).toMatch(/narrative: missing its fr translation/);
    expect(problemsOf(none, (fr) => fr['teachingPoints'].push('de trop')).join()).toMatch(
      /teachingPoints: fr has \d+ texts, English \d+/,
    );
    expect(problemsOf((s) => (s['title'] = '')).join()).toMatch(/title: expected the English text/);
  });
  it('speaker notes that are not a list, or miss a translation (notes themselves are optional)', () => {
    expect(problemsOf((s) => (s['speakerNotes'] = 'say this')).join()).toMatch(
      /speakerNotes: expected a list of texts/,
    );
    expect(problemsOf((s) => s['speakerNotes'].push('Ask the room')).join()).toMatch(
      /speakerNotes\.\d+: missing its fr translation/,
    );
    // Without notes in English and in every translation, a scenario is still valid.
    const withoutNotes = structuredClone(translations) as Record<string, Record<string, Record<string, unknown>>>;
    for (const texts of Object.values(withoutNotes)) delete texts[id]!['speakerNotes'];
    const noNotes = structuredClone(good);
    delete noNotes['speakerNotes'];
    expect(parseScenario(noNotes, defaultQuestionnaire, withoutNotes)).toMatchObject({ ok: true });
  });
  it('an answer to a question these answers hide, an unknown area, a flip to the same answer, a case not marked fictional', () => {
    expect(
      problemsOf((s) => {
        s['answers']['q.area'] = 'family';
        s['answers']['q.clause'] = true;
      }).join(),
    ).toMatch(/q\.clause: answered but not shown/);
    expect(problemsOf((s) => (s['area'] = 'space-law')).join()).toMatch(/unknown area/);
    expect(
      problemsOf((s) => (s['suggestedFlip'] = { question: 'q.privacy', value: s['answers']['q.privacy'] })).join(),
    ).toMatch(/same as the prepared answer/);
    expect(problemsOf((s) => delete s['fictional']).join()).toMatch(/fictional/);
  });
  it('accepts the unchanged scenario', () => {
    expect(problemsOf(() => undefined)).toEqual([]);
  });
});
