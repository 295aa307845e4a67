import type { TranslationOf } from '../../../i18n/messages.ts';
import type { componentsMessages } from '../../components/components.messages.ts';
import { plural } from '../../../i18n/plural.ts';

export default {
  caseName: 'اسم ملف النزاع',
  saveName: 'حفظ الاسم',
  cancelRename: 'إلغاء',
  answersUpdated: (answers: number, updated: string) =>
    `${plural('ar', answers, {
      zero: 'لا إجابات',
      one: 'إجابة واحدة',
      two: 'إجابتان',
      few: `${answers} إجابات`,
      many: `${answers} إجابة`,
      other: `${answers} إجابة`,
    })} · آخر تحديث ${updated}`,
  continue: 'متابعة',
  results: 'النتائج',
  worksheet: 'ورقة العمل',
  report: 'التقرير',
  chooseTogether: 'اختيار الإجراء معًا',
  comparisonKept: 'المقارنة مع الطرف الآخر',
  rename: 'إعادة التسمية',
  duplicate: 'إنشاء نسخة',
  delete: 'حذف',
  confirmDelete: 'تأكيد الحذف',
  deleteThisCase: 'هل تريد حذف ملف النزاع هذا؟',
  yesDelete: 'نعم، احذفه',
  keepIt: 'الإبقاء عليه',
  loadingCase: 'جارٍ تحميل ملف نزاعك…',
  caseNotFound: 'ملف النزاع غير موجود',
  caseNotFoundText: 'ملف النزاع هذا غير محفوظ على هذا الجهاز. ربما حُذف، أو أُنشئ في متصفح آخر.',
  goToCases: 'الانتقال إلى ملفات نزاعك',
  notSure: 'لست متأكدًا',
  partOf: (part: number, parts: number, section: string) => `الجزء ${part} من ${parts}: ${section}`,
  progressLabel: 'التقدّم في الأسئلة',
  newVersion: 'إصدار جديد من Olé جاهز.',
  reload: 'إعادة التحميل',
  later: 'لاحقًا',
  upgradeBlocked:
    'حُدِّث Olé، ولا يزال إصدار أقدم مفتوحًا في علامة تبويب أو نافذة أخرى. أغلقه هناك أو أعد تحميله لتتابع: ملفات نزاعك في أمان ولم يضِع منها شيء.',
} satisfies TranslationOf<typeof componentsMessages>;
