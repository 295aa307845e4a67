import type { TranslationOf } from '../../../i18n/messages.ts';
import type { appMessages } from '../../app/app.messages.ts';

export default {
  quotaExceeded:
    'نفدت مساحة التخزين على جهازك، فلم يُحفظ التعديل الأخير. حرِّر بعض المساحة وأعد المحاولة؛ كل ما حُفظ قبل ذلك باقٍ دون مساس.',
  storageRefused: 'رفض متصفحك الحفظ (هل التصفح الخاص مفعَّل أو التخزين معطَّل؟). إجاباتك السابقة باقية دون مساس.',
  couldNotSave: (detail: string) => `تعذّر الحفظ: ${detail}`,
  caseGone: 'لم يُحفظ: ملف النزاع هذا لم يعد موجودًا على هذا الجهاز (هل حُذف في علامة تبويب أخرى؟).',
  caseOf: (date: string) => `ملف النزاع بتاريخ ${date}`,
  caseAbout: (dispute: string, date: string) => `${dispute}، ${date}`,
  copyOf: (title: string) => `${title} (نسخة)`,
  language: 'اللغة',
} satisfies TranslationOf<typeof appMessages>;
