import type { TranslationOf } from '../../../i18n/messages.ts';
import type { searchMessages } from '../../directory/search.messages.ts';
import { plural } from '../../../i18n/plural.ts';

export default {
  quote: (word: string) => `«${word}»`,
  processNote: (n: number, words: string) =>
    plural('ar', n, {
      one: `${words} طريقة لحل النزاعات، وليست نوعًا من الوسطاء. يضم هذا الدليل وسطاء معتمَدين من IMI ومحامين مرافقين في الوساطة، لا محكّمين ولا قضاة.`,
      other: `${words} طرق لحل النزاعات، وليست أنواعًا من الوسطاء. يضم هذا الدليل وسطاء معتمَدين من IMI ومحامين مرافقين في الوساطة، لا محكّمين ولا قضاة.`,
    }),
  compareProcesses: 'لست متأكدًا من الطريقة التي تناسب نزاعك؟ قارن بين الطرق لقضيتك',
  nothingLike: (words: string) => `لا يشبه ${words} أيَّ اسم أو مكان أو لغة أو مجال في الدليل.`,
  checkSpelling: 'تحقّق من الإملاء أو جرّب كلمة أخرى.',
  notTogether: 'كل كلمة تجد أحدًا، لكن لا أحد يطابقها كلها معًا.',
  searchWithout: (word: string) => `البحث من دون ${word}`,
  filtersExclude: (n: number, count: string) =>
    plural('ar', n, {
      one: 'وسيط واحد يطابق الكلمات، لكن ليس كل عوامل التصفية.',
      two: 'وسيطان يطابقان الكلمات، لكن ليس كل عوامل التصفية.',
      few: `${count} وسطاء يطابقون الكلمات، لكن ليس كل عوامل التصفية.`,
      other: `${count} وسيطًا يطابقون الكلمات، لكن ليس كل عوامل التصفية.`,
    }),
} satisfies TranslationOf<typeof searchMessages>;
