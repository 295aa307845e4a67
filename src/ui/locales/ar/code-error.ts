import type { TranslationOf } from '../../../i18n/messages.ts';
import type { codeErrorMessages } from '../../together/together.messages.ts';

export default {
  empty: 'اكتب رمز الطرف الآخر أو الصقه أولًا.',
  'not-a-code': 'هذا ليس رمزًا من Olé. يتكوّن الرمز من 25 حرفًا ورقمًا، في خمس مجموعات من خمسة.',
  'wrong-length': 'هذا الرمز أقصر أو أطول مما ينبغي: يتكوّن الرمز من خمس مجموعات من خمسة أحرف وأرقام.',
  checksum: 'في هذا الرمز خطأ في الكتابة: حرف خاطئ أو ناقص أو مبدَّل. قارنه بما يظهر على شاشة الطرف الآخر.',
  'newer-version': 'هذا الرمز صادر عن إصدار أحدث من Olé. حدِّث Olé (أعد تحميله وأنت متصل بالإنترنت)، ثم أعد المحاولة.',
  'unknown-version': 'صيغة هذا الرمز ليست صيغة يعرفها Olé. اطلب من الطرف الآخر إرسال رمز جديد.',
  'bad-level': 'يتضمّن هذا الرمز إجابات لا يتعرّف عليها Olé. اطلب من الطرف الآخر إرساله مرة أخرى.',
} satisfies TranslationOf<typeof codeErrorMessages>;
