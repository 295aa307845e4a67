import type { TranslationOf } from '../../../i18n/messages.ts';
import type { feedMessages } from '../../directory/feed.messages.ts';
import { plural } from '../../../i18n/plural.ts';

/** "months" after a count: شهر واحد، شهران، 3 أشهر، 11 شهرًا، 100 شهر. */
function monthsOf(months: number): string {
  return plural('ar', months, {
    one: 'شهر واحد',
    two: 'شهرين',
    few: `${months} أشهر`,
    many: `${months} شهرًا`,
    other: `${months} شهر`,
  });
}

export default {
  notDownloaded: 'لم يُنزَّل الدليل بعد. يُنزَّل عند أول اتصال بالإنترنت، ثم يعمل دون اتصال.',
  asOf: 'الدليل بتاريخ',
  edition: (n: number) => `(الإصدار ${n})`,
  demoData: 'بيانات تجريبية',
  demoText: 'الوسطاء والمراجعون والملخّصات المعروضة هنا مختلَقة لأغراض العرض؛ ولا أحد منهم شخص حقيقي.',
  technicalDetail: 'التفاصيل التقنية',
  checking: 'جارٍ التحقق…',
  waitingForOther: 'تعمل نافذة أخرى من Olé على تحديث الدليل؛ وتنتظرها هذه النافذة، ثم تتحقق من جديد.',
  superseded: (n: number) =>
    `حدّثت نافذة أخرى من Olé الدليلَ في هذه الأثناء إلى الإصدار ${n}؛ وقد احتُفظ بهذا الإصدار الأحدث.`,
  checkForUpdates: 'التحقق من وجود تحديثات',
  lastChecked: (when: string) => `آخر تحقق: ${when}`,
  'failure.offline':
    'تعذّر على Olé الوصول إلى خادم الدليل. ربما أنت غير متصل بالإنترنت؛ والدليل الذي لديك لا يزال متاحًا.',
  'failure.http': 'ردّ خادم الدليل برسالة خطأ.',
  'failure.timeout':
    'توقّف خادم الدليل عن الاستجابة، فأُلغي التحقق. سيعيد Olé المحاولة عند التحقق التالي؛ والدليل الذي لديك لم يتغيّر.',
  'failure.too-large': 'أحد ملفات الدليل أكبر من حجمه الموقَّع، فأُوقف تنزيله ورُفض التحديث. والدليل الذي لديك لم يتغيّر.',
  'failure.bad-signature': 'تحديث الدليل غير موقَّع توقيعًا صحيحًا، وربما عُبث به. وقد رُفض.',
  'failure.unknown-key': 'تحديث الدليل موقَّع بمفتاح لا يثق به هذا التطبيق. وقد رُفض.',
  'failure.bad-manifest': 'تحديث الدليل تالف (تعذّرت قراءة قائمة ملفاته). وقد رُفض.',
  'failure.unknown-format': 'يستخدم تحديث الدليل صيغة أحدث مما يفهمه هذا الإصدار من Olé. حدِّث التطبيق.',
  'failure.rollback': 'تحديث الدليل أقدم من الدليل الذي لديك، وقد يكون إعادةً لبيانات قديمة. وقد رُفض.',
  'failure.sequence-jump':
    'يدّعي تحديث الدليل رقم إصدار يتجاوز كثيرًا الرقم الذي لديك، وهو ما من شأنه أن يحجب كل تحديث لاحق. وقد رُفض.',
  'failure.hash-mismatch': 'أحد ملفات الدليل لا يطابق بصمته الموقَّعة: فهو مبتور أو معدَّل. وقد رُفض التحديث.',
  'failure.bad-records': 'يتضمّن تحديث الدليل سجلات غير صالحة. وقد رُفض.',
  'failure.storage-full': 'نفدت مساحة التخزين على جهازك، فتعذّر حفظ تحديث الدليل. والدليل الذي كان لديك لم يتغيّر.',
  'failure.storage': 'رفض متصفحك حفظ تحديث الدليل. والدليل الذي كان لديك لم يتغيّر.',
  failureUnknown: 'تعذّر تحديث الدليل. والدليل الذي كان لديك لم يتغيّر.',
  notCertified: 'غير معتمَد حاليًا.',
  certifications: 'الاعتمادات',
  'reason.revoked': (date: string, reasonCode: string) => `سُحب الاعتماد في ${date} (${reasonCode})`,
  'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
    `ملخّص التقييمات (Feedback Digest) المؤرَّخ في ${digestDate} منتهي الصلاحية؛ معتمَد حديثًا في ${certifiedOn}، ومهلة السماح حتى ${until}`,
  'reason.grace-no-digest': (certifiedOn: string, until: string) =>
    `معتمَد حديثًا في ${certifiedOn}: لا يوجد ملخّص تقييمات (Feedback Digest) بعد، ومهلة السماح حتى ${until}`,
  'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
    `مضى على ملخّص التقييمات (Feedback Digest) المؤرَّخ في ${digestDate} أكثر من ${monthsOf(months)} (كان موعد تجديده ${dueBy})`,
  'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
    `لا يوجد ملخّص تقييمات (Feedback Digest)، وانتهت في ${ended} مهلة السماح البالغة ${monthsOf(months)} بعد الاعتماد في ${certifiedOn}`,
  'reason.no-certification': 'لا يتضمّن الملف الشخصي أي اعتماد',
  feedbackDigest: 'ملخّص التقييمات (Feedback Digest)',
  noDigestYet: 'لا يوجد ملخّص تقييمات بعد.',
  digestDueBy: (date: string) => ` معتمَد حديثًا: ينبغي تقديم ملخّص التقييمات في موعد أقصاه ${date}.`,
  digestStale: 'مضى على هذا الملخّص أكثر من سنتين ولم يُجدَّد، لذا قد لا يعكس العمل الحديث.',
  reviewer: 'المراجع:',
  currentUntil: (date: string) => ` · ساري حتى ${date}`,
} satisfies TranslationOf<typeof feedMessages>;
