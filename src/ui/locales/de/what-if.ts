import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { whatIfMessages } from '../../results/what-if.messages.ts';

export default {
  title: 'Was wäre, wenn…',
  tried: (question: string, stored: string, tried: string) =>
    `Sie haben auf „${question}“ mit „${stored}“ geantwortet; diese Rangfolge zeigt stattdessen „${tried}“.`,
  triedUnanswered: (question: string, tried: string) =>
    `Sie haben „${question}“ nicht beantwortet; diese Rangfolge zeigt „${tried}“ als Ihre Antwort.`,
  notSaved: (n: number): string =>
    plural('de', n, {
      one: 'Ihre gespeicherten Antworten bleiben unverändert, es sei denn, Sie übernehmen diese Antwort.',
      other: 'Ihre gespeicherten Antworten bleiben unverändert, es sei denn, Sie übernehmen diese Antworten.',
    }),
  whatMoved: 'Was sich verschoben hat, und warum',
  nowFirst: (option: string) => `Jetzt an erster Stelle: ${option}.`,
  keep: (n: number): string =>
    plural('de', n, { one: 'Diese Antwort übernehmen', other: 'Diese Antworten übernehmen' }),
  back: 'Zurück zu meinen Antworten',
  seeRanking: 'Rangfolge ansehen',
  kept: (n: number): string =>
    plural('de', n, {
      one: 'Übernommen: Ihr Fall enthält jetzt diese Antwort.',
      other: 'Übernommen: Ihr Fall enthält jetzt diese Antworten.',
    }),
  undo: 'Rückgängig machen',
  undone: 'Rückgängig gemacht: Ihre früheren Antworten sind wiederhergestellt.',
  unanswered: 'keine Antwort',
  change: (question: string, answer: string, option: string) =>
    `Die Antwort „${answer}“ auf „${question}“ würde ${option} an die erste Stelle setzen.`,
  changeUnanswered: (question: string, answer: string, option: string) =>
    `Sie haben „${question}“ noch nicht beantwortet; die Antwort „${answer}“ würde ${option} an die erste Stelle setzen.`,
  panelText:
    'Ändern Sie hier eine beliebige Antwort, um zu sehen, was dann geschähe: Die Rangfolge oben zeigt dies als Variante, und Ihr Fall behält seine gespeicherten Antworten, bis Sie sich entscheiden, die neuen zu übernehmen.',
} satisfies TranslationOf<typeof whatIfMessages>;
