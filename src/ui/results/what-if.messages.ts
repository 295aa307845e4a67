import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

export const whatIfMessages = defineMessages('whatIf', {
  title: 'What if…',
  tried: (question: string, stored: string, tried: string) =>
    `You answered “${stored}” to “${question}”; this ranking shows “${tried}” instead.`,
  triedUnanswered: (question: string, tried: string) =>
    `You have not answered “${question}”; this ranking shows “${tried}” as your answer.`,
  notSaved: (n: number): string =>
    plural('en', n, {
      one: 'Your saved answers stay as they were unless you keep this one.',
      other: 'Your saved answers stay as they were unless you keep these.',
    }),
  whatMoved: 'What moved, and why',
  nowFirst: (option: string) => `First now: ${option}.`,
  keep: (n: number): string => plural('en', n, { one: 'Keep this answer', other: 'Keep these answers' }),
  back: 'Back to my answers',
  seeRanking: 'See the ranking',
  kept: (n: number): string =>
    plural('en', n, { one: 'Kept: your case now has this answer.', other: 'Kept: your case now has these answers.' }),
  undo: 'Undo',
  undone: 'Undone: your earlier answers are back.',
  unanswered: 'no answer',
  change: (question: string, answer: string, option: string) =>
    `Answering “${answer}” to “${question}” would put ${option} first.`,
  changeUnanswered: (question: string, answer: string, option: string) =>
    `You have not answered “${question}” yet; answering “${answer}” would put ${option} first.`,
  panelText:
    'Change any answer here to see what would happen: the ranking above shows it as a what-if, and your case keeps its saved answers until you choose to keep the new ones.',
});
