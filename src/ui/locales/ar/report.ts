import type { TranslationOf } from '../../../i18n/messages.ts';
import type { reportMessages } from '../../report/report.messages.ts';
import { plural } from '../../../i18n/plural.ts';

export default {
  costSources: 'مصادر أرقام التكلفة والمدة',
  summary: 'الملخّص',
  dispute: 'النزاع',
  bestFits: 'الخيارات الأنسب، وأسباب ذلك',
  scoreOf: (score: string) => `الدرجة ${score}`,
  ruledOut: 'الخيارات المستبعدة، وأسباب استبعادها',
  noneRuledOut: 'لا تستبعد الإجابات المقدَّمة أيّ خيار.',
  wouldChange: 'ما الذي قد يغيّر النتيجة الأولى',
  robust: 'لا توجد إجابة واحدة بمفردها من شأنها أن تغيّر الخيار الأول.',
  settlement: 'نطاق التسوية',
  nextSteps: 'الخطوات التالية',
  answers: 'الإجابات التي يستند إليها الترتيب',
  question: 'السؤال',
  answer: 'الإجابة',
  notAnswered: 'بلا إجابة',
  detail: 'التفاصيل',
  allOptions: 'جميع الخيارات وأسبابها',
  notLegalAdvice:
    'ليس استشارة قانونية. يبيّن Olé مدى ملاءمة كل وسيلة من وسائل تسوية النزاع للإجابات المقدَّمة: فالدرجة تقيس هذه الملاءمة، لا فرص الكسب، ولا يتنبّأ Olé بالنتيجة. ويستطيع محامٍ مؤهَّل في المكان الذي سيُفصل فيه النزاع أن يبيّن ما ينطبق عليه.',
  asAnswered: 'مستخلص من إجابات الشخص الذي أعدّ هذا التقرير؛ والمخاطَب بـ«أنت» هو ذلك الشخص.',
  rulesAndDate: (version: string, date: string) => `إصدار القواعد ${version}. أُعدّ في ${date}.`,
  stepLine: (step: string, owner: string, due: string) => `${step} (${owner}، ${due})`,
  nobody: 'لم يُحدَّد مسؤول',
  noDate: 'بلا تاريخ',
  moreReasons: (n: number, points: string): string =>
    plural('ar', n, {
      one: `وسبب آخر أقل وزنًا (${points})`,
      two: `وسببان آخران أقل وزنًا (${points} معًا)`,
      few: `و${n} أسباب أخرى أقل وزنًا (${points} معًا)`,
      many: `و${n} سببًا آخر أقل وزنًا (${points} معًا)`,
      other: `و${n} سبب آخر أقل وزنًا (${points} معًا)`,
    }),
  alsoAvailable: (list: string) => `خيارات متاحة أيضًا، مع درجاتها: ${list}.`,
} satisfies TranslationOf<typeof reportMessages>;
