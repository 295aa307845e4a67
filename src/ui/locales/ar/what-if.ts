import type { TranslationOf } from '../../../i18n/messages.ts';
import type { whatIfMessages } from '../../results/what-if.messages.ts';
import { plural } from '../../../i18n/plural.ts';

export default {
  title: 'ماذا لو…',
  tried: (question: string, stored: string, tried: string) =>
    `أجبت بـ«${stored}» عن السؤال «${question}»؛ ويعرض هذا الترتيب «${tried}» بدلًا منها.`,
  triedUnanswered: (question: string, tried: string) =>
    `لم تُجب بعدُ عن السؤال «${question}»؛ ويعرض هذا الترتيب «${tried}» على أنها إجابتك.`,
  notSaved: (n: number): string =>
    plural('ar', n, {
      one: 'تبقى إجاباتك المحفوظة على حالها ما لم تحتفظ بهذه الإجابة.',
      two: 'تبقى إجاباتك المحفوظة على حالها ما لم تحتفظ بهاتين الإجابتين.',
      other: 'تبقى إجاباتك المحفوظة على حالها ما لم تحتفظ بهذه الإجابات.',
    }),
  whatMoved: 'ما الذي تغيّر، ولماذا',
  nowFirst: (option: string) => `في المرتبة الأولى الآن: ${option}.`,
  keep: (n: number): string =>
    plural('ar', n, {
      one: 'الاحتفاظ بهذه الإجابة',
      two: 'الاحتفاظ بهاتين الإجابتين',
      other: 'الاحتفاظ بهذه الإجابات',
    }),
  back: 'العودة إلى إجاباتي',
  seeRanking: 'عرض الترتيب',
  kept: (n: number): string =>
    plural('ar', n, {
      one: 'تم الاحتفاظ بها: أصبح ملف نزاعك يتضمّن هذه الإجابة.',
      two: 'تم الاحتفاظ بهما: أصبح ملف نزاعك يتضمّن هاتين الإجابتين.',
      other: 'تم الاحتفاظ بها: أصبح ملف نزاعك يتضمّن هذه الإجابات.',
    }),
  undo: 'تراجع',
  undone: 'تم التراجع: عادت إجاباتك السابقة.',
  unanswered: 'بلا إجابة',
  change: (question: string, answer: string, option: string) =>
    `الإجابة بـ«${answer}» عن السؤال «${question}» من شأنها أن تضع ${option} في المرتبة الأولى.`,
  changeUnanswered: (question: string, answer: string, option: string) =>
    `لم تُجب بعدُ عن السؤال «${question}»؛ والإجابة بـ«${answer}» من شأنها أن تضع ${option} في المرتبة الأولى.`,
  panelText:
    'غيِّر هنا أي إجابة لترى ما الذي سيحدث: يعرض الترتيب أعلاه النتيجة على سبيل الافتراض («ماذا لو»)، ويحتفظ ملف نزاعك بإجاباته المحفوظة إلى أن تختار الاحتفاظ بالإجابات الجديدة.',
} satisfies TranslationOf<typeof whatIfMessages>;
