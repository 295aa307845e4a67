import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { searchMessages } from '../../directory/search.messages.ts';

export default {
  quote: (word: string) => `„${word}“`,
  processNote: (n: number, words: string) =>
    plural('de', n, {
      one: `${words} ist ein Weg, einen Konflikt beizulegen, keine Art von Mediator. Dieses Verzeichnis führt IMI Certified Mediators und Parteivertreter in der Mediation, keine Schiedsrichter und keine Richter.`,
      other: `${words} sind Wege, einen Konflikt beizulegen, keine Arten von Mediatoren. Dieses Verzeichnis führt IMI Certified Mediators und Parteivertreter in der Mediation, keine Schiedsrichter und keine Richter.`,
    }),
  compareProcesses: 'Welcher Weg passt zu Ihrem Konflikt? Vergleichen Sie die Wege für Ihren Fall',
  nothingLike: (words: string) =>
    `Kein Name, kein Ort, keine Sprache und kein Tätigkeitsbereich im Verzeichnis ähnelt ${words}.`,
  checkSpelling: 'Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort.',
  notTogether: 'Jedes Wort findet jemanden, aber niemand erfüllt alle zusammen.',
  searchWithout: (word: string) => `Ohne ${word} suchen`,
  filtersExclude: (n: number, count: string) =>
    plural('de', n, {
      one: `${count} Mediator passt zu den Wörtern, aber nicht zu allen Filtern.`,
      other: `${count} Mediatoren passen zu den Wörtern, aber nicht zu allen Filtern.`,
    }),
} satisfies TranslationOf<typeof searchMessages>;
