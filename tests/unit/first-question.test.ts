import { describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { FIRST_QUESTION_ID } from '../../src/domain/first-question.ts';

describe('FIRST_QUESTION_ID', () => {
  it('names the questionnaire’s first question, which the home page links to without loading it', () => {
    expect(FIRST_QUESTION_ID).toBe(defaultQuestionnaire.questions[0]!.id);
  });
});
