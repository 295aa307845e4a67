import type { TranslationOf } from '../../../i18n/messages.ts';
import type { punctuationMessages } from '../../components/punctuation.messages.ts';

export default {
  clauses: '\u202f; ',
  colon: '\u00a0: ',
} satisfies TranslationOf<typeof punctuationMessages>;
