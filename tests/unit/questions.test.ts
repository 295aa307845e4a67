import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import {
  answersToProfile,
  isShown,
  parseQuestionnaire,
  sameAnswers,
  visibleQuestions,
} from '../../src/domain/questions.ts';
import raw from '../../data/questions.json';

const byId = (id: string) => defaultQuestionnaire.questions.find((q) => q.id === id)!;

describe('questionnaire data', () => {
  it('has every question in a known section, with choices', () => {
    for (const q of defaultQuestionnaire.questions) {
      expect(defaultQuestionnaire.sections.map((s) => s.id)).toContain(q.section);
      expect(q.choices.length).toBeGreaterThan(1);
      expect(q.why.length).toBeGreaterThan(20);
    }
  });

  it('rejects data that names an unknown factor or an out-of-range choice, saying where', () => {
    const broken = structuredClone(raw) as { questions: Record<string, unknown>[] };
    const byQuestionId = (id: string) => broken.questions.find((q) => q['id'] === id)!;
    byQuestionId('q.amount')['factor'] = 'goal.happiness';
    byQuestionId('q.escalation')['choices'] = [{ value: 42, label: 'x' }];
    expect(() => parseQuestionnaire(broken)).toThrow(
      /questions\.q\.amount: unknown factor "goal\.happiness"[\s\S]*q\.escalation: choice 42/,
    );
  });
});

describe('branching', () => {
  it('shows a dependent question while the controlling answer is unknown, hides it once it does not apply', () => {
    const construction = byId('q.construction');
    expect(isShown(construction, {})).toBe(true);
    expect(isShown(construction, { 'q.area': null })).toBe(true);
    expect(isShown(construction, { 'q.area': 'construction' })).toBe(true);
    expect(isShown(construction, { 'q.area': 'family' })).toBe(false);
  });

  it('asks about enforcing abroad only for cross-border cases', () => {
    const ids = (answers: Record<string, boolean>) => visibleQuestions(defaultQuestionnaire, answers).map((q) => q.id);
    expect(ids({ 'q.cross-border': false })).not.toContain('q.enforce-abroad');
    expect(ids({ 'q.cross-border': true })).toContain('q.enforce-abroad');
  });
});

describe('answers to factors', () => {
  it('maps answers to factor levels and leaves "not sure" and unreached questions out', () => {
    const profile = answersToProfile(defaultQuestionnaire, { 'q.privacy': 3, 'q.cost': null, 'q.cross-border': true });
    expect(profile).toEqual({ 'goal.privacy': 3, 'ctx.cross-border': true });
  });

  it('lets a choice imply factors, and a direct answer override them', () => {
    expect(answersToProfile(defaultQuestionnaire, { 'q.area': 'investor-state' })).toEqual({
      'ctx.area': 'investor-state',
      'ctx.investor-state': true,
      'ctx.cross-border': true,
    });
    expect(
      answersToProfile(defaultQuestionnaire, { 'q.area': 'investor-state', 'q.cross-border': false }),
    ).toMatchObject({
      'ctx.cross-border': false,
    });
  });

  it('drops answers to questions that branching now hides', () => {
    const profile = answersToProfile(defaultQuestionnaire, { 'q.area': 'family', 'q.construction': true });
    expect(profile).not.toHaveProperty('ctx.construction-project-ongoing');
  });

  it('ignores a stored answer that is no longer a choice', () => {
    expect(answersToProfile(defaultQuestionnaire, { 'q.privacy': 7 })).toEqual({});
  });
});

describe('sameAnswers', () => {
  it('ignores key order and tells a changed, added, removed or not-sure answer apart', () => {
    const base = { 'q.a': 'x', 'q.b': 2, 'q.c': null };
    expect(sameAnswers(base, { 'q.c': null, 'q.b': 2, 'q.a': 'x' })).toBe(true);
    expect(sameAnswers(base, { ...base, 'q.b': 3 })).toBe(false);
    expect(sameAnswers(base, { ...base, 'q.d': true })).toBe(false);
    expect(sameAnswers(base, { 'q.a': 'x', 'q.b': 2 })).toBe(false);
    expect(sameAnswers(base, { 'q.a': 'x', 'q.b': 2, 'q.d': null })).toBe(false);
    expect(sameAnswers({ 'q.a': null }, { 'q.a': 'x' })).toBe(false);
  });
});
