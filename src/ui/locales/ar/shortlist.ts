import type { TranslationOf } from '../../../i18n/messages.ts';
import type { shortlistMessages } from '../../directory/shortlist.messages.ts';

export default {
  goneHeading: 'لم يعودوا مدرَجين في الدليل',
  revokedNamed: (name: string, date: string, reason: string) =>
    `${name} لم يعد معتمَدًا: سُحب الاعتماد في ${date} (${reason}).`,
  revokedUnnamed: (id: string, date: string, reason: string) =>
    `أحد الوسطاء في هذه القائمة (${id}) لم يعد معتمَدًا: سُحب الاعتماد في ${date} (${reason})؛ ولم يعد السجلّ يتضمّن ملفه.`,
  notListed: (name: string, why: string) => `${name} لم يعد مدرَجًا في الدليل: ${why}.`,
  notHeld: (id: string) =>
    `أحد الوسطاء في هذه القائمة (${id}) غير موجود في السجلّ المحفوظ على هذا الجهاز: ربما غادر السجلّ، أو أن هذه النسخة أقدم من تلك التي أُعدّت منها القائمة.`,
  checkForUpdates: 'البحث عن تحديثات الدليل يبيّن أيّ الأمرين هو الصحيح.',
  'reason.conduct': 'مخالفة مدوّنة السلوك',
  'reason.complaint-upheld': 'شكوى ثبتت صحّتها',
  'reason.lapsed': 'انقضاء مدة الاعتماد',
  'reason.voluntary': 'بناءً على طلب الوسيط',
  'reason.other': 'سبب آخر',
  removeGone: 'إزالة من القائمة',
} satisfies TranslationOf<typeof shortlistMessages>;
