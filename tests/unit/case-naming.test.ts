import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { makeCase, withAnswer } from '../../src/storage/cases.ts';
import { defaultCaseTitle } from '../../src/ui/app/format.ts';
import { nameForAnswer } from '../../src/ui/cases/case-naming.ts';

const area = defaultQuestionnaire.questions.find((q) => q.id === 'q.area')!;
const privacy = defaultQuestionnaire.questions.find((q) => q.id === 'q.privacy')!;
const started = new Date('2026-12-01T10:00:00Z');

describe('nameForAnswer', () => {
  const fresh = makeCase(defaultCaseTitle(started), started);

  it('names a new case from what the dispute is about, on the day it was started', () => {
    expect(nameForAnswer(fresh, area, 'commercial-contracts')).toMatch(/^A contract between businesses, .*2026$/);
  });

  it('follows a changed answer while the name is still Olé’s, and goes back to the dated name for "something else"', () => {
    const named = { ...withAnswer(fresh, 'q.area', 'family'), title: nameForAnswer(fresh, area, 'family')! };
    expect(nameForAnswer(named, area, 'construction')).toMatch(/^Construction or engineering, /);
    expect(nameForAnswer(named, area, 'other')).toBe(fresh.title);
  });

  it('never renames a case the person named, and names only from the first question', () => {
    const mine = { ...fresh, title: 'Smith v Jones' };
    expect(nameForAnswer(mine, area, 'family')).toBeUndefined();
    expect(nameForAnswer(fresh, privacy, 3)).toBeUndefined();
  });
});
