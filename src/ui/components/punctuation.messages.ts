// The marks that join parts a screen puts together: French puts a no-break space before ; and :, Arabic has its own ؛.
import { defineMessages } from '../../i18n/messages.ts';

export const punctuationMessages = defineMessages('punctuation', {
  /** Between reasons or items in one sentence. */
  clauses: '; ',
  /** Between a label and what it labels. */
  colon: ': ',
});
