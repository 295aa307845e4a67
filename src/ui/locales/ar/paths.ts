import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'سبل المضيّ في النزاع: المحكمة أو التحكيم أو الوساطة أولًا',
  lead: 'قارن ما يساويه كل سبيل، مالًا وأشهرًا، انطلاقًا من النتائج نفسها: أفضل نتيجة والنتيجة المرجَّحة وأسوأ نتيجة. اترك السبيل فارغًا إذا لم يكن متاحًا لك. وتُستخدم للمحكمة التكاليف والأشهر المذكورة أعلاه ما لم تحدّد لها أرقامًا خاصة بها.',
  court: 'المحكمة',
  arbitration: 'التحكيم',
  mediation: 'الوساطة أولًا، ثم المحكمة إن لم تنجح',
  costsToCome: 'التكاليف المتبقية حتى صدور القرار',
  months: 'عدد الأشهر حتى صدور القرار',
  mediationCosts: 'تكلفة الوساطة عليك (حصتك من الرسوم وأتعاب مستشاريك)',
  mediationMonths: 'عدد الأشهر حتى انتهاء الوساطة',
  settlePercent: 'فرصة التوصّل إلى تسوية، بالنسبة المئوية',
  settlePercentHint: 'اتركه فارغًا لاستخدام المعدّل المنشور، إن وُجد.',
  settlement: 'التسوية التي تتوقّعها في الوساطة',
  published: 'ما تقوله الأرقام المنشورة عن نزاعات مماثلة',
  compareTitle: 'ما يساويه كل سبيل',
  compareLead:
    'كل قيمة هي النتيجة المتوقَّعة، مخصومةً لعامل الزمن كما حُدّد أعلاه، ناقص التكاليف المتبقية. وأي تسوية الآن تزيد قيمتها على قيمة سبيلٍ ما أفضلُ من سلوك ذلك السبيل.',
  way: 'السبيل',
  value: 'القيمة',
  time: 'المدة',
  notComputed: 'لم يُحسب',
  atLeast: (value: string) => `${value} على الأقل`,
  range: (low: string, high: string) => `من ${low} إلى ${high}`,
  monthsValue: (n: string, count: number) =>
    plural('ar', count, {
      zero: `${n} شهر`,
      one: `${n} شهر`,
      two: `${n} شهر`,
      few: `${n} أشهر`,
      many: `${n} شهرًا`,
      other: `${n} شهر`,
    }),
  monthsBoth: (settled: string, failed: string) => `${settled} إذا تمّت التسوية، و${failed} إن لم تتمّ`,
  best: (name: string, way: string, value: string) =>
    `بالنسبة إلى ${name}، أفضل سبيل هو «${way}»، وقيمته ${value}: وأي تسوية الآن تزيد قيمتها على ذلك أفضل بالنسبة إلى ${name} من سلوك أي سبيل.`,
  'note.outcomes-blocked': (name: string) => `${name}: لا يمكن بعدُ ترجيح النتائج المذكورة أعلاه، لذا لم يُحسب أي سبيل.`,
  'note.not-entered': (name: string, way: string) => `${name}: لم تُدخَل تكاليف ولا أشهر لـ«${way}».`,
  'note.costs-missing': (name: string, way: string) => `${name}: لم تُدخَل تكاليف لـ«${way}»، فاحتُسبت 0.`,
  'note.months-missing': (name: string, way: string) => `${name}: لم يُدخَل عدد الأشهر لـ«${way}»، لذا لم تُحتسب مدته.`,
  'note.chance-missing': (name: string) =>
    `${name}: لم تُدخَل فرصة التوصّل إلى تسوية، ولا ينطبق على هذا النزاع أي معدّل منشور، لذا لم يُحسب سبيل الوساطة أولًا.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}: يستخدم سبيل الوساطة أولًا معدّل التسوية المنشور، من ${low} إلى ${high}، إذ لم تُدخَل فرصة خاصة (انظر المصادر تحت الأرقام).`,
  'note.settlement-missing': (name: string) =>
    `${name}: لم تُدخَل التسوية المتوقَّعة، لذا يعرض سبيل الوساطة أولًا أدنى قيمة له (تسوية ليست أفضل من اللجوء إلى المحكمة).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}: اعتُبرت التسوية في الوساطة ${value}، أي منتصف النطاق الذي ينبغي أن يقبله الطرفان كلاهما.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}: التسوية المتوقَّعة أقل قيمةً من اللجوء إلى المحكمة بعد الوساطة، لذا تُعدّ مرفوضة.`,
  chartTitle: (name: string) => `ما يساويه كل سبيل بالنسبة إلى ${name}`,
} satisfies TranslationOf<typeof pathsMessages>;
