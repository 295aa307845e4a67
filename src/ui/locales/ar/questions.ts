import type { TranslationOf } from '../../../i18n/messages.ts';
import type { questionsMessages } from '../../pages/questions.messages.ts';

export default {
  doesNotApply: 'هذا السؤال لا ينطبق',
  skippedByAnswers: 'يُتخطّى هذا السؤال بناءً على إجاباتك السابقة.',
  reviewYourAnswers: 'مراجعة إجاباتك',
  whyWeAsk: 'لماذا نسأل',
  back: 'رجوع',
  backToReview: 'العودة إلى المراجعة',
  reviewAnswers: 'مراجعة الإجابات',
  next: 'التالي',
  reviewAll: 'مراجعة جميع الإجابات',
  rankingSoFar: 'عرض الترتيب حتى الآن',
  reviewLead: 'يمكنك تغيير أي إجابة، ويتغيّر الترتيب تبعًا لذلك. تُحتسب الأسئلة التي تخطّيتها أسئلةً بلا إجابة.',
  notAnswered: 'بلا إجابة',
  change: 'تغيير',
  changeLabel: (question: string) => `تغيير: ${question}`,
  seeRanking: 'عرض الترتيب',
} satisfies TranslationOf<typeof questionsMessages>;
