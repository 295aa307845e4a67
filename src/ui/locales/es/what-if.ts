import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { whatIfMessages } from '../../results/what-if.messages.ts';

export default {
  title: '¿Y si…?',
  tried: (question: string, stored: string, tried: string) =>
    `Respondió «${stored}» a «${question}»; esta clasificación muestra «${tried}» en su lugar.`,
  triedUnanswered: (question: string, tried: string) =>
    `No ha respondido a «${question}»; esta clasificación muestra «${tried}» como su respuesta.`,
  notSaved: (n: number): string =>
    plural('es', n, {
      one: 'Sus respuestas guardadas siguen como estaban, salvo que conserve esta.',
      other: 'Sus respuestas guardadas siguen como estaban, salvo que conserve estas.',
    }),
  whatMoved: 'Qué se movió y por qué',
  nowFirst: (option: string) => `Ahora en primer lugar: ${option}.`,
  keep: (n: number) => plural('es', n, { one: 'Conservar esta respuesta', other: 'Conservar estas respuestas' }),
  back: 'Volver a mis respuestas',
  seeRanking: 'Ver la clasificación',
  kept: (n: number) =>
    plural('es', n, {
      one: 'Conservada: su caso tiene ahora esta respuesta.',
      other: 'Conservadas: su caso tiene ahora estas respuestas.',
    }),
  undo: 'Deshacer',
  undone: 'Deshecho: se han restablecido sus respuestas anteriores.',
  unanswered: 'sin respuesta',
  change: (question: string, answer: string, option: string) =>
    `Responder «${answer}» a «${question}» pondría ${option} en primer lugar.`,
  changeUnanswered: (question: string, answer: string, option: string) =>
    `Aún no ha respondido a «${question}»; responder «${answer}» pondría ${option} en primer lugar.`,
  panelText:
    'Cambie aquí cualquier respuesta para ver qué pasaría: la clasificación de arriba lo muestra como una hipótesis, y su caso conserva las respuestas guardadas hasta que decida conservar las nuevas.',
} satisfies TranslationOf<typeof whatIfMessages>;
