import type { TranslationOf } from '../../../i18n/messages.ts';
import type { autoLockMessages } from '../../cases/auto-lock.messages.ts';
import { plural } from '../../../i18n/plural.ts';

/** "minutes" after «بعد», in the form Arabic uses for the count. */
function minutesAfter(minutes: number): string {
  return plural('ar', minutes, {
    one: 'دقيقة واحدة',
    two: 'دقيقتين',
    few: `${minutes} دقائق`,
    many: `${minutes} دقيقة`,
    other: `${minutes} دقيقة`,
  });
}

export default {
  title: 'القفل التلقائي',
  hint: 'إذا لم يستخدم أحدٌ Olé طوال هذه المدة، تُقفَل ملفات النزاع وتُطلب عبارة المرور من جديد، وكذلك عند عودتك إلى علامة تبويب تُركت في الخلفية.',
  after: (minutes: number) => (minutes === 60 ? 'بعد ساعة دون استخدام' : `بعد ${minutesAfter(minutes)} دون استخدام`),
  never: 'أبدًا: فقط عند إغلاق علامة التبويب، أو بالضغط على «القفل الآن»',
  lockedIdle: (minutes: number) =>
    minutes === 60 ? 'أُقفل بعد ساعة دون استخدام.' : `أُقفل بعد ${minutesAfter(minutes)} دون استخدام.`,
} satisfies TranslationOf<typeof autoLockMessages>;
