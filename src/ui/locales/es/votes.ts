import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { votesMessages } from '../../workshop/votes.messages.ts';

const handsOf = (n: number) => plural('es', n, { one: `${n} mano`, other: `${n} manos` });

export default {
  handsTitle: 'Las manos alzadas de la sala',
  handsHint: 'Pulse el número de una opción por cada mano alzada; Retroceso quita la última.',
  oneMore: (choice: string) => `Una mano más para «${choice}»`,
  oneFewer: (choice: string) => `Una mano menos para «${choice}»`,
  hands: (count: number) => handsOf(count),
  casesAnswer: 'la respuesta del caso',
  noHands: 'Todavía no hay manos alzadas.',
  roomAgrees: (choice: string, most: number, total: number) =>
    `La sala coincide con el caso: «${choice}», ${most} de ${handsOf(total)}.`,
  roomSays: (choice: string, most: number, total: number) =>
    `La sala responde «${choice}», ${most} de ${handsOf(total)}: no es la respuesta del caso.`,
  tie: (choices: string, most: number) =>
    `Empate entre ${choices}, ${handsOf(most)} cada una: se mantiene la respuesta del caso.`,
  quote: (text: string) => `«${text}»`,
  notStored: 'Los votos no pueden guardarse en este dispositivo: duran hasta que se cierre esta página.',
  roomTitle: 'La clasificación de la sala frente a la clasificación del caso',
  roomRanking: 'La clasificación de la sala',
  caseRanking: 'La clasificación del caso',
  whatDiffers: 'Qué cambia y por qué',
  noVotesYet:
    'Todavía no se ha registrado ninguna mano. En la diapositiva de cada respuesta preparada, pulse el número de una opción por cada mano alzada: aquí se clasifican luego las respuestas de la sala.',
  handsRecorded: (count: number) =>
    plural('es', count, { one: `${count} mano registrada`, other: `${count} manos registradas` }),
  sameAnswers: 'La sala dio las respuestas del caso: las dos clasificaciones son iguales.',
  answeredDifferently: (count: number) =>
    plural('es', count, {
      one: `La sala respondió de otro modo a ${count} pregunta:`,
      other: `La sala respondió de otro modo a ${count} preguntas:`,
    }),
  differs: (question: string, room: string, prepared: string) => `«${question}»: ${room} (el caso: ${prepared})`,
  tieKept: (question: string, choices: string, prepared: string) =>
    `«${question}»: empate entre ${choices}, así que se mantiene la respuesta del caso (${prepared})`,
  skipped: 'no se pregunta tras las demás respuestas de la sala, así que no cambia nada',
  moreAnswers: (count: number) =>
    plural('es', count, { one: `y ${count} respuesta más`, other: `y ${count} respuestas más` }),
  fromCaseToRoom: 'De la clasificación del caso a la de la sala:',
  exportVotes: 'Exportar los votos',
  exportNote:
    'Un archivo JSON (votos de taller de Olé, versión 1) con los votos de cada escenario en este dispositivo, para su archivo. No se envía nada.',
  clearVotes: 'Borrar los votos de este escenario',
  clearAsk: (count: number) =>
    plural('es', count, {
      one: `¿Borrar ${count} mano de este escenario? No se puede deshacer.`,
      other: `¿Borrar ${count} manos de este escenario? No se puede deshacer.`,
    }),
  clearYes: 'Borrarlas',
  clearNo: 'Conservarlas',
  showRoom: 'La clasificación de la sala',
  keyHand: 'una mano',
  keyUndo: 'quitar',
  keyBackspace: 'Retroceso',
  keyRoom: 'la sala',
  stepRoom: 'La clasificación de la sala frente a la del caso: qué cambian las respuestas de la sala y por qué',
} satisfies TranslationOf<typeof votesMessages>;
