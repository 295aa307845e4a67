import { defineMessages } from '../../i18n/messages.ts';
import { plural } from '../../i18n/plural.ts';

const handsOf = (n: number) => plural('en', n, { one: `${n} hand`, other: `${n} hands` });

export const votesMessages = defineMessages('votes', {
  // A prepared answer's slide: the show of hands
  handsTitle: 'The room’s hands',
  handsHint: 'Press a choice’s number for each hand that goes up; Backspace takes the last one back.',
  oneMore: (choice: string) => `One more hand for “${choice}”`,
  oneFewer: (choice: string) => `One hand fewer for “${choice}”`,
  hands: (count: number) => handsOf(count),
  casesAnswer: 'the case’s answer',
  noHands: 'No hands yet.',
  roomAgrees: (choice: string, most: number, total: number) =>
    `The room agrees with the case: “${choice}”, ${most} of ${handsOf(total)}.`,
  roomSays: (choice: string, most: number, total: number) =>
    `The room says “${choice}”, ${most} of ${handsOf(total)}: not the case’s answer.`,
  tie: (choices: string, most: number) => `A tie between ${choices}, ${handsOf(most)} each: the case’s answer stands.`,
  /** A choice's label inside a sentence. */
  quote: (text: string) => `“${text}”`,
  notStored: 'The votes cannot be stored on this device: they last until this page closes.',
  // The room's ranking
  roomTitle: 'The room’s ranking versus the case’s ranking',
  roomRanking: 'The room’s ranking',
  caseRanking: 'The case’s ranking',
  whatDiffers: 'What differs, and why',
  noVotesYet:
    'No hands recorded yet. On each prepared answer’s slide, press a choice’s number for each hand that goes up: the room’s answers are then ranked here.',
  handsRecorded: (count: number) =>
    plural('en', count, { one: `${count} hand recorded`, other: `${count} hands recorded` }),
  sameAnswers: 'The room gave the case’s answers: the two rankings are the same.',
  answeredDifferently: (count: number) =>
    plural('en', count, {
      one: 'The room answered 1 question differently:',
      other: `The room answered ${count} questions differently:`,
    }),
  differs: (question: string, room: string, prepared: string) => `“${question}”: ${room} (the case: ${prepared})`,
  tieKept: (question: string, choices: string, prepared: string) =>
    `“${question}”: a tie between ${choices}, so the case’s answer stands (${prepared})`,
  skipped: 'not asked after the room’s other answers, so it changes nothing',
  moreAnswers: (count: number) =>
    plural('en', count, { one: `and ${count} more answer`, other: `and ${count} more answers` }),
  fromCaseToRoom: 'From the case’s ranking to the room’s:',
  exportVotes: 'Export the votes',
  exportNote:
    'A JSON file (Olé workshop votes, version 1) with every scenario’s votes on this device, for your records. Nothing is sent.',
  clearVotes: 'Clear this scenario’s votes',
  clearAsk: (count: number) =>
    plural('en', count, {
      one: 'Clear 1 hand from this scenario? This cannot be undone.',
      other: `Clear ${count} hands from this scenario? This cannot be undone.`,
    }),
  clearYes: 'Clear them',
  clearNo: 'Keep them',
  // Presenter controls, keys and the speaker notes
  showRoom: 'The room’s ranking',
  keyHand: 'a hand',
  keyUndo: 'take back',
  keyBackspace: 'Backspace',
  keyRoom: 'the room',
  stepRoom: 'The room’s ranking versus the case’s ranking: what the room’s answers change, and why',
});
