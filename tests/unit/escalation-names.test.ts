// Glasl's nine stages go by one set of names: the question's choices and the worksheet's stage texts agree.
import { describe, expect, it } from 'vitest';
import { loadLocalizedData } from '../../src/ui/app/localized-data.ts';
import { LOCALES } from '../../src/i18n/locale.ts';
import { messagesIn } from './locale-texts.ts';
import { worksheetMessages } from '../../src/ui/worksheet/worksheet.messages.ts';

describe('escalation stages', () => {
  it.each(LOCALES)(
    '%s: each choice of the escalation question starts with the worksheet’s name for its stage',
    async (locale) => {
      const { questionnaire } = await loadLocalizedData(locale);
      const question = questionnaire.questions.find((q) => q.id === 'q.escalation')!;
      for (const choice of question.choices) {
        const stage = Number(choice.value);
        const name = messagesIn(worksheetMessages, locale).stage(stage).split(/\s*:/)[0]!;
        expect(choice.label.replace(/^\d+\.\s*/, '').startsWith(name), `${choice.label} / ${name}`).toBe(true);
      }
    },
  );
});
