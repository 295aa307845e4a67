import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { reportMessages } from '../../report/report.messages.ts';

export default {
  costSources: 'Fuentes de las cifras de coste y de plazo',
  summary: 'Resumen',
  dispute: 'El conflicto',
  bestFits: 'Las opciones que mejor encajan, y por qué',
  scoreOf: (score: string) => `puntuación ${score}`,
  ruledOut: 'Descartadas, y por qué',
  noneRuledOut: 'Ninguna opción queda descartada por las respuestas dadas.',
  wouldChange: 'Qué cambiaría el primer resultado',
  robust: 'Ninguna respuesta por sí sola cambiaría la primera opción.',
  settlement: 'Margen de acuerdo',
  nextSteps: 'Próximos pasos',
  answers: 'Las respuestas en las que se basa la clasificación',
  question: 'Pregunta',
  answer: 'Respuesta',
  notAnswered: 'Sin respuesta',
  detail: 'Detalle',
  allOptions: 'Todas las opciones y sus razones',
  notLegalAdvice:
    'Esto no es asesoramiento jurídico. Olé muestra en qué medida encaja cada forma de resolver un conflicto con las respuestas dadas: la puntuación mide ese encaje, no la probabilidad de ganar, y Olé no predice el resultado. Un abogado habilitado allí donde se decidiría el conflicto puede decir qué se aplica.',
  asAnswered: 'Basado en las respuestas de la persona que preparó este informe; «usted» es esa persona.',
  rulesAndDate: (version: string, date: string) => `Versión de las reglas ${version}. Preparado el ${date}.`,
  stepLine: (step: string, owner: string, due: string) => `${step} (${owner}, ${due})`,
  nobody: 'sin responsable',
  noDate: 'sin fecha',
  moreReasons: (n: number, points: string): string =>
    plural('es', n, {
      one: `y 1 razón de menor peso (${points})`,
      other: `y ${n} razones de menor peso (${points} en total)`,
    }),
  alsoAvailable: (list: string) => `También disponibles, con su puntuación: ${list}.`,
} satisfies TranslationOf<typeof reportMessages>;
