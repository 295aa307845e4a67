import type { TranslationOf } from '../../../i18n/messages.ts';
import type { caseFileMessages } from '../../cases/case-file.messages.ts';
import { plural } from '../../../i18n/plural.ts';

export default {
  export: 'تصدير',
  exportHint:
    'يحفظ ملف النزاع هذا في ملف على جهازك. يتضمّن الملف اسم ملف النزاع وإجاباتك: لا تشاركه إلا مع أشخاص تثق بهم.',
  importTitle: 'استيراد ملف نزاع',
  importHint:
    'اختر ملف نزاع مُصدَّرًا من Olé، أو أفلته هنا. يضيف الاستيراد ملف نزاع جديدًا ولا يغيّر أبدًا ملفات النزاع الموجودة لديك.',
  chooseFile: 'ملف النزاع المُصدَّر',
  dropHere: 'أفلت ملف النزاع المُصدَّر هنا',
  importing: 'جارٍ الاستيراد…',
  imported: (title: string) => `تم استيراد «${title}».`,
  openImported: 'فتح ملف النزاع المستورَد',
  importedNewId:
    'كان على هذا الجهاز ملف نزاع بالمعرِّف نفسه، فأُضيف الملف بوصفه ملف نزاع مستقلًّا. ولم يتغيّر ملف النزاع الموجود لديك.',
  readFailed: 'تعذّرت قراءة الملف. لم يتغيّر شيء.',
  'refused-not-json': 'هذا الملف ليس ملف نزاع مُصدَّرًا من Olé (تتعذّر قراءته بوصفه كذلك). لم يتغيّر شيء.',
  'refused-foreign': 'هذا الملف ليس ملف نزاع مُصدَّرًا من Olé. لم يتغيّر شيء.',
  'refused-newer':
    'أُنشئ ملف النزاع المُصدَّر هذا بإصدار أحدث من Olé. حدِّث Olé (أعد تحميله وأنت متصل بالإنترنت) ثم أعد المحاولة. لم يتغيّر شيء.',
  'refused-invalid': 'في ملف النزاع المُصدَّر هذا مشكلات، لذا لم يُستورَد. لم يتغيّر شيء.',
  problemsMore: (count: number) =>
    plural('ar', count, {
      one: 'ومشكلة أخرى',
      two: 'ومشكلتان أخريان',
      few: `و${count} مشكلات أخرى`,
      many: `و${count} مشكلة أخرى`,
      other: `و${count} مشكلة أخرى`,
    }),
  problemsTitle: 'ما الخطأ في الملف',
  'too-large': 'الملف أكبر من أن يكون ملف نزاع مُصدَّرًا',
  'not-json': 'تتعذّر قراءته',
  'not-case-file': 'ليس ملف نزاع مُصدَّرًا من Olé',
  'newer-version': 'أُنشئ بإصدار أحدث من Olé',
  'bad-version': 'إصدار لا يعرفه Olé',
  missing: 'مفقود',
  'unknown-key': 'ليس جزءًا من ملف نزاع مُصدَّر',
  'not-object': 'المتوقَّع مجموعة من القيم',
  'not-array': 'المتوقَّع قائمة',
  'not-text': 'المتوقَّع نص',
  'not-boolean': 'المتوقَّع نعم أو لا (true أو false)',
  empty: 'فارغ',
  'too-long': 'أطول مما ينبغي',
  'too-many': 'عدد الإدخالات أكثر مما ينبغي',
  'control-character': 'يحتوي على محارف تحكّم غير مرئية',
  'bad-id': 'معرِّف غير صالح',
  'bad-date': 'ليس تاريخًا ووقتًا',
  'bad-code': 'ليس رمزًا معروفًا',
  'bad-choice': 'ليس من القيم المسموح بها',
  'unknown-question': 'ليس سؤالًا يطرحه Olé',
  'not-a-choice': 'ليس من إجابات هذا السؤال',
  'wrong-type': 'نوع القيمة غير مناسب لهذا السؤال',
  'not-number': 'المتوقَّع رقم',
  'out-of-range': 'خارج النطاق المسموح به',
  'bad-currency': 'ليست عملة معروفة',
  'duplicate-id': 'المعرِّف نفسه يرد مرتين',
} satisfies TranslationOf<typeof caseFileMessages>;
