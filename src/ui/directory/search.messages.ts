import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

// What the directory search says about the words typed: a process named, and why nothing matches.
export const searchMessages = defineMessages('search', {
  quote: (word: string) => `“${word}”`,
  processNote: (n: number, words: string) =>
    plural('en', n, {
      one: `${words} is a way to resolve a dispute, not a kind of mediator. This directory lists IMI Certified Mediators and Mediation Advocates, not arbitrators or judges.`,
      other: `${words} are ways to resolve a dispute, not kinds of mediator. This directory lists IMI Certified Mediators and Mediation Advocates, not arbitrators or judges.`,
    }),
  compareProcesses: 'Not sure which way fits your dispute? Compare them for your case',
  nothingLike: (words: string) => `No name, place, language or practice area in the directory is like ${words}.`,
  checkSpelling: 'Check the spelling, or try another word.',
  notTogether: 'Each word finds someone, but no one matches all of them together.',
  searchWithout: (word: string) => `Search without ${word}`,
  filtersExclude: (n: number, count: string) =>
    `${count} ${plural('en', n, { one: 'mediator matches', other: 'mediators match' })} the words, but not all your filters.`,
});
