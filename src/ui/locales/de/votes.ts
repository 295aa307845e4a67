import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { votesMessages } from '../../workshop/votes.messages.ts';

const handsOf = (n: number) => plural('de', n, { one: `${n} Stimme`, other: `${n} Stimmen` });

export default {
  handsTitle: 'Die Handzeichen im Raum',
  handsHint: 'Drücken Sie für jede gehobene Hand die Nummer einer Antwort; die Rücktaste nimmt die letzte zurück.',
  oneMore: (choice: string) => `Eine Stimme mehr für „${choice}“`,
  oneFewer: (choice: string) => `Eine Stimme weniger für „${choice}“`,
  hands: (count: number) => handsOf(count),
  casesAnswer: 'die Antwort des Fallbeispiels',
  noHands: 'Noch keine Stimmen.',
  roomAgrees: (choice: string, most: number, total: number) =>
    `Der Raum stimmt mit dem Fallbeispiel überein: „${choice}“, ${most} von ${handsOf(total)}.`,
  roomSays: (choice: string, most: number, total: number) =>
    `Der Raum sagt „${choice}“, ${most} von ${handsOf(total)}: nicht die Antwort des Fallbeispiels.`,
  tie: (choices: string, most: number) =>
    `Gleichstand zwischen ${choices} mit je ${handsOf(most)}: Die Antwort des Fallbeispiels bleibt.`,
  quote: (text: string) => `„${text}“`,
  notStored:
    'Die Stimmen können auf diesem Gerät nicht gespeichert werden: Sie bleiben nur, bis diese Seite geschlossen wird.',
  roomTitle: 'Die Rangfolge des Raums und die Rangfolge des Fallbeispiels',
  roomRanking: 'Die Rangfolge des Raums',
  caseRanking: 'Die Rangfolge des Fallbeispiels',
  whatDiffers: 'Was sich unterscheidet, und warum',
  noVotesYet:
    'Noch keine Stimmen erfasst. Drücken Sie auf der Folie jeder vorbereiteten Antwort für jede gehobene Hand die Nummer einer Antwort: Die Antworten des Raums werden dann hier eingeordnet.',
  handsRecorded: (count: number) =>
    plural('de', count, { one: `${count} Stimme erfasst`, other: `${count} Stimmen erfasst` }),
  sameAnswers: 'Der Raum hat die Antworten des Fallbeispiels gegeben: Beide Rangfolgen sind gleich.',
  answeredDifferently: (count: number) =>
    plural('de', count, {
      one: `Der Raum hat ${count} Frage anders beantwortet:`,
      other: `Der Raum hat ${count} Fragen anders beantwortet:`,
    }),
  differs: (question: string, room: string, prepared: string) =>
    `„${question}“: ${room} (das Fallbeispiel: ${prepared})`,
  tieKept: (question: string, choices: string, prepared: string) =>
    `„${question}“: Gleichstand zwischen ${choices}, daher bleibt die Antwort des Fallbeispiels (${prepared})`,
  skipped: 'nach den übrigen Antworten des Raums nicht gefragt, ändert also nichts',
  moreAnswers: (count: number) =>
    plural('de', count, { one: `und ${count} weitere Antwort`, other: `und ${count} weitere Antworten` }),
  fromCaseToRoom: 'Von der Rangfolge des Fallbeispiels zu der des Raums:',
  exportVotes: 'Stimmen exportieren',
  exportNote:
    'Eine JSON-Datei (Olé-Workshop-Stimmen, Version 1) mit den Stimmen aller Fallbeispiele auf diesem Gerät, für Ihre Unterlagen. Nichts wird gesendet.',
  clearVotes: 'Stimmen dieses Fallbeispiels löschen',
  clearAsk: (count: number) =>
    plural('de', count, {
      one: `${count} Stimme dieses Fallbeispiels löschen? Das lässt sich nicht rückgängig machen.`,
      other: `${count} Stimmen dieses Fallbeispiels löschen? Das lässt sich nicht rückgängig machen.`,
    }),
  clearYes: 'Löschen',
  clearNo: 'Behalten',
  showRoom: 'Die Rangfolge des Raums',
  keyHand: 'eine Stimme',
  keyUndo: 'zurücknehmen',
  keyBackspace: 'Rücktaste',
  keyRoom: 'der Raum',
  stepRoom: 'Die Rangfolge des Raums neben der des Fallbeispiels: was die Antworten des Raums ändern, und warum',
} satisfies TranslationOf<typeof votesMessages>;
