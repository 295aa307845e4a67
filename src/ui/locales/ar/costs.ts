import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { costsMessages } from '../../results/costs.messages.ts';

export default {
  heading: 'التكلفة والمدة لهذا النزاع',
  fees: 'رسوم المحكمة أو المؤسسة',
  partyCosts: 'تكاليفك الخاصة',
  time: 'المدة',
  settles: 'ينتهي بتسوية',
  settleShare: (percent: string) => `في ${percent} من الحالات`,
  months: (range: string, high: number) =>
    plural('ar', high, {
      zero: `${range} شهر`,
      one: `${range} شهر`,
      two: `${range} شهر`,
      few: `${range} أشهر`,
      many: `${range} شهرًا`,
      other: `${range} شهر`,
    }),
  shareOfTotal: (percent: string) => `في المتوسط ${percent} من التكلفة الإجمالية`,
  'stat.mean': 'المتوسط الحسابي',
  'stat.median': 'القيمة الوسيطة',
  'stat.average': 'المتوسط',
  'stat.share': 'النسبة',
  'stat.scale': 'جدول الرسوم',
  figure: (stat: string, population: string, year: number) => `${stat}، ${population} (${year})`,
  sources: 'المصادر والفئات',
  'why.needs-amount': 'يلزم المبلغ المطالب به بالأرقام: أدخِله في ورقة العمل.',
  'why.place-unknown': 'يتوقف ذلك على مكان الفصل في النزاع.',
  'why.place-not-covered': 'لا نعرف ذلك بالنسبة إلى هذه الولاية القضائية.',
  'why.no-source': 'لا نعرف ذلك بالنسبة إلى هذه الولاية القضائية.',
  'why.not-for-this-case': 'لا يوجد هنا رقم منشور لنزاع بهذا الحجم أو من هذا النوع.',
  leansLower: (reasons: string) => `يُرجَّح أن تكون أقل في هذا النزاع: ${reasons}.`,
  'lean.reluctant-side':
    'الطرف الآخر متردّد أو رافض، في حين أن المعدّلات المنشورة تخصّ نزاعات اختار فيها الطرفان كلاهما الوساطة',
  'lean.escalated': 'بلغ النزاع مرحلة متأخرة من التصاعد (المراحل 7 إلى 9 وفق Glasl)',
} satisfies TranslationOf<typeof costsMessages>;
