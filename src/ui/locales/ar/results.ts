import type { TranslationOf } from '../../../i18n/messages.ts';
import type { resultsMessages } from '../../results/results.messages.ts';
import { plural } from '../../../i18n/plural.ts';

/** "+3 نقاط", "+12 نقطة": the noun agrees with the number that `signed` ("+3", "−12", "0") carries. */
function pointsOf(signed: string): string {
  const n = Number(String(signed).replace(/^[+\u2212-]/, ''));
  if (!Number.isFinite(n)) return `${signed} نقطة`;
  return plural('ar', n, {
    two: `${signed} نقطتان`,
    few: `${signed} نقاط`,
    other: `${signed} نقطة`,
  });
}

/** "places" after تقدّم / تراجع: مرتبة واحدة، مرتبتين، 3 مراتب، 11 مرتبة. */
function placesOf(places: number): string {
  return plural('ar', places, {
    one: 'مرتبة واحدة',
    two: 'مرتبتين',
    few: `${places} مراتب`,
    other: `${places} مرتبة`,
  });
}

export default {
  title: 'وسائل تسوية نزاعك',
  lead: 'الأنسب أولًا. كل درجة هي مجموع الأسباب المعروضة معها. أما الترتيب فإضافة من Olé نفسه إلى ورقة العمل لتحليل النزاع الصادرة عن IMI.',
  roughRanking: (answered: number, total: number) =>
    `أجبت عن ${answered} من أصل ${plural('ar', total, {
      one: 'سؤال واحد',
      two: 'سؤالين',
      few: `${total} أسئلة`,
      many: `${total} سؤالًا`,
      other: `${total} سؤال`,
    })}، لذا فهذا الترتيب تقريبي.`,
  answerMore: 'الإجابة عن مزيد من الأسئلة',
  optionsBestFirst: 'الخيارات المتاحة، الأنسب أولًا',
  optionsByCost: 'الخيارات المتاحة، الأقل تكلفةً عادةً أولًا',
  optionsByTime: 'الخيارات المتاحة، الأسرع أولًا',
  orderLabel: 'ترتيب الخيارات',
  'order.fit': 'الأنسب أولًا',
  'order.cost': 'الأقل تكلفةً عادةً أولًا',
  'order.time': 'الأسرع أولًا',
  'orderNote.cost':
    'بحسب التكلفة المعتادة لكل وسيلة (منخفضة، متوسطة، مرتفعة)، ثم الأنسب أولًا عند التساوي. ويبقى الرقم على كل بطاقة مرتبتَها من حيث الملاءمة.',
  'orderNote.time':
    'بحسب المدة التي تنتهي فيها كل وسيلة عادةً (أيام أو أسابيع أو أشهر)، ثم الأنسب أولًا عند التساوي. ويبقى الرقم على كل بطاقة مرتبتَها من حيث الملاءمة.',
  showAll: (n: number) => `عرض جميع الخيارات (${n})`,
  findMediator: 'البحث عن وسيط لهذا النزاع',
  whatWouldChange: 'ما الذي قد يغيّر النتيجة الأولى',
  tryDifferent: 'تجربة إجابة مختلفة',
  doNotFit: 'خيارات لا تلائم هذا النزاع',
  rulesVersion: (version: string) => `إصدار القواعد ${version}.`,
  reviewAll: 'مراجعة جميع الإجابات',
  rank: (n: number) => `المرتبة ${n}: `,
  score: (n: number) => `الدرجة ${n}`,
  points: (signed: string) => pointsOf(signed),
  movedUp: (places: number, points: string) => `▲ تقدّم ${placesOf(places)}، ${points}`,
  movedDown: (places: number, points: string) => `▼ تراجع ${placesOf(places)}، ${points}`,
  caution: 'تنبيه:',
  for: 'أسباب مؤيِّدة',
  against: 'أسباب معارِضة',
  because: (phrase: string) => `لأنّ ${phrase}`,
  baseDefault: 'هذه هي نقطة انطلاق هذا الخيار',
  allReasons: 'جميع الأسباب والوقائع',
  addUpTo: (score: number) => `مجموع هذه الأسباب يعطي الدرجة ${score}.`,
  binding: 'القوة الملزِمة',
  private: 'الخصوصية',
  typicalCost: 'التكلفة المعتادة',
  typicalTime: 'المدة المعتادة',
  source: (citation: string) => `المصدر: ${citation}`,
  population: (population: string) => `الفئة المدروسة: ${population}`,
  ratingsWhy: 'أساس التقييم:',
  'binding.no': 'غير ملزِم',
  'binding.by-agreement': 'ملزِم فقط إذا وقّع كلاكما اتفاقًا',
  'binding.by-contract': 'ملزِم لأن العقد ينصّ على ذلك',
  'binding.interim': 'ملزِم مؤقتًا، إلى حين الفصل النهائي',
  'binding.yes': 'ملزِم',
  'private.yes': 'خاص',
  'private.usually': 'خاص عادةً',
  'private.no': 'علني',
  'cost.low': 'منخفضة',
  'cost.medium': 'متوسطة',
  'cost.high': 'مرتفعة',
  robust: 'لا توجد إجابة واحدة بمفردها من شأنها أن تغيّر الخيار الأول: النتيجة راسخة.',
  tryIt: 'جرّبها',
  notSure: 'لست متأكدًا',
} satisfies TranslationOf<typeof resultsMessages>;
