import type { TranslationOf } from '../../../i18n/messages.ts';
import type { punctuationMessages } from '../../components/punctuation.messages.ts';

export default {
  clauses: '; ',
  colon: ': ',
} satisfies TranslationOf<typeof punctuationMessages>;
