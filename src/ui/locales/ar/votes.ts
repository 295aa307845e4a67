import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { votesMessages } from '../../workshop/votes.messages.ts';

/** "صوت واحد"، "صوتان"، "3 أصوات"، "11 صوتًا": the noun agrees with the number. */
const handsOf = (n: number) =>
  plural('ar', n, {
    one: 'صوت واحد',
    two: 'صوتان',
    few: `${n} أصوات`,
    many: `${n} صوتًا`,
    other: `${n} صوت`,
  });

export default {
  handsTitle: 'أصوات الحضور برفع الأيدي',
  handsHint: 'اضغط رقم الخيار عن كل يد تُرفع، ومفتاح المسافة للخلف يسحب آخر صوت.',
  oneMore: (choice: string) => `صوت إضافي لـ«${choice}»`,
  oneFewer: (choice: string) => `صوت أقل لـ«${choice}»`,
  hands: (count: number) => handsOf(count),
  casesAnswer: 'إجابة السيناريو',
  noHands: 'لا أصوات بعد.',
  roomAgrees: (choice: string, most: number, total: number) =>
    `الحضور يوافقون السيناريو: «${choice}»، ${most} من ${handsOf(total)}.`,
  roomSays: (choice: string, most: number, total: number) =>
    `الحضور يقولون «${choice}»، ${most} من ${handsOf(total)}: وليست هذه إجابة السيناريو.`,
  tie: (choices: string, most: number) => `تعادل بين ${choices}، ${handsOf(most)} لكلٍّ منها: تبقى إجابة السيناريو.`,
  quote: (text: string) => `«${text}»`,
  notStored: 'لا يمكن حفظ الأصوات على هذا الجهاز: تبقى حتى إغلاق هذه الصفحة.',
  roomTitle: 'ترتيب الحضور مقابل ترتيب السيناريو',
  roomRanking: 'ترتيب الحضور',
  caseRanking: 'ترتيب السيناريو',
  whatDiffers: 'ما الذي يختلف، ولماذا',
  noVotesYet:
    'لم تُسجَّل أي أصوات بعد. في شريحة كل إجابة مُعدّة مسبقًا، اضغط رقم الخيار عن كل يد تُرفع: ثم تُرتَّب إجابات الحضور هنا.',
  handsRecorded: (count: number) =>
    plural('ar', count, {
      zero: 'لم يُسجَّل أي صوت',
      one: 'سُجِّل صوت واحد',
      two: 'سُجِّل صوتان',
      few: `سُجِّلت ${count} أصوات`,
      many: `سُجِّل ${count} صوتًا`,
      other: `سُجِّل ${count} صوت`,
    }),
  sameAnswers: 'أعطى الحضور إجابات السيناريو نفسها: الترتيبان متطابقان.',
  answeredDifferently: (count: number) =>
    plural('ar', count, {
      zero: 'لم يُجب الحضور عن أي سؤال بشكل مختلف:',
      one: 'أجاب الحضور عن سؤال واحد بشكل مختلف:',
      two: 'أجاب الحضور عن سؤالين بشكل مختلف:',
      few: `أجاب الحضور عن ${count} أسئلة بشكل مختلف:`,
      many: `أجاب الحضور عن ${count} سؤالًا بشكل مختلف:`,
      other: `أجاب الحضور عن ${count} سؤال بشكل مختلف:`,
    }),
  differs: (question: string, room: string, prepared: string) => `«${question}»: ${room} (السيناريو: ${prepared})`,
  tieKept: (question: string, choices: string, prepared: string) =>
    `«${question}»: تعادل بين ${choices}، فتبقى إجابة السيناريو (${prepared})`,
  skipped: 'لا يُطرح هذا السؤال بعد إجابات الحضور الأخرى، فلا يغيّر شيئًا',
  moreAnswers: (count: number) =>
    plural('ar', count, {
      one: 'وإجابة أخرى',
      two: 'وإجابتان أخريان',
      few: `و${count} إجابات أخرى`,
      many: `و${count} إجابةً أخرى`,
      other: `و${count} إجابة أخرى`,
    }),
  fromCaseToRoom: 'من ترتيب السيناريو إلى ترتيب الحضور:',
  exportVotes: 'تصدير الأصوات',
  exportNote: 'ملف JSON (أصوات ورشة عمل Olé، الإصدار 1) يضم أصوات كل سيناريو على هذا الجهاز، لسجلاتك. لا يُرسَل أي شيء.',
  clearVotes: 'مسح أصوات هذا السيناريو',
  clearAsk: (count: number) =>
    plural('ar', count, {
      one: 'مسح صوت واحد من هذا السيناريو؟ لا يمكن التراجع عن ذلك.',
      two: 'مسح صوتين من هذا السيناريو؟ لا يمكن التراجع عن ذلك.',
      few: `مسح ${count} أصوات من هذا السيناريو؟ لا يمكن التراجع عن ذلك.`,
      many: `مسح ${count} صوتًا من هذا السيناريو؟ لا يمكن التراجع عن ذلك.`,
      other: `مسح ${count} صوت من هذا السيناريو؟ لا يمكن التراجع عن ذلك.`,
    }),
  clearYes: 'امسحها',
  clearNo: 'احتفظ بها',
  showRoom: 'ترتيب الحضور',
  keyHand: 'صوت',
  keyUndo: 'سحب الصوت',
  keyBackspace: 'مسافة للخلف',
  keyRoom: 'الحضور',
  stepRoom: 'ترتيب الحضور مقابل ترتيب السيناريو: ما الذي تغيّره إجابات الحضور، ولماذا',
} satisfies TranslationOf<typeof votesMessages>;
