import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'Vías para seguir: tribunales, arbitraje o primero mediación',
  lead: 'Compare lo que vale cada vía, en dinero y en meses, con los mismos resultados mejor, probable y peor. Deje una vía en blanco si no la tiene a su alcance. Para los tribunales se usan los costes y los meses de arriba, salvo que indique otros.',
  court: 'Tribunales',
  arbitration: 'Arbitraje',
  mediation: 'Primero mediación y, si fracasa, tribunales',
  costsToCome: 'Costes pendientes hasta una decisión',
  months: 'Meses hasta una decisión',
  mediationCosts: 'Lo que le cuesta la mediación (su parte de los honorarios y sus asesores)',
  mediationMonths: 'Meses hasta que termine la mediación',
  settlePercent: 'Probabilidad de llegar a un acuerdo, en %',
  settlePercentHint: 'Déjelo en blanco para usar la tasa publicada, si la hay.',
  settlement: 'El acuerdo que espera en la mediación',
  published: 'Lo que dicen las cifras publicadas para casos como este',
  compareTitle: 'Lo que vale cada vía',
  compareLead:
    'Cada valor es el resultado esperado, descontado por el tiempo como se indicó arriba, menos los costes pendientes. Un acuerdo ahora que valga más que una vía es mejor que tomar esa vía.',
  way: 'Vía',
  value: 'Valor',
  time: 'Duración',
  notComputed: 'sin calcular',
  atLeast: (value: string) => `al menos ${value}`,
  range: (low: string, high: string) => `de ${low} a ${high}`,
  monthsValue: (n: string, count: number) => plural('es', count, { one: `${n} mes`, other: `${n} meses` }),
  monthsBoth: (settled: string, failed: string) => `${settled} si hay acuerdo, ${failed} si no`,
  best: (name: string, way: string, value: string) =>
    `Para ${name}, la mejor vía es «${way}», que vale ${value}: un acuerdo ahora que valga más que eso es mejor para ${name} que cualquier vía.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}: los resultados de arriba aún no se pueden ponderar, así que no se calcula ninguna vía.`,
  'note.not-entered': (name: string, way: string) => `${name}: no se han indicado costes ni meses para «${way}».`,
  'note.costs-missing': (name: string, way: string) =>
    `${name}: no se han indicado costes para «${way}», así que cuentan como 0.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}: no se han indicado meses para «${way}», así que su duración no se tiene en cuenta.`,
  'note.chance-missing': (name: string) =>
    `${name}: no se ha indicado la probabilidad de acuerdo y no hay ninguna tasa publicada que se aplique a este caso, así que la vía de la mediación no se calcula.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}: para la vía de la mediación se usa la tasa de acuerdo publicada, de ${low} a ${high}, porque no se ha indicado una probabilidad propia (vea las fuentes bajo las cifras).`,
  'note.settlement-missing': (name: string) =>
    `${name}: no se ha indicado el acuerdo esperado, así que la vía de la mediación muestra lo mínimo que vale (un acuerdo que no mejora ir a los tribunales).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}: como acuerdo en la mediación se toma ${value}, el punto medio del margen que ambos lados deberían aceptar.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}: el acuerdo esperado vale menos que ir a los tribunales después de la mediación, así que se cuenta como rechazado.`,
  chartTitle: (name: string) => `Lo que vale cada vía para ${name}`,
} satisfies TranslationOf<typeof pathsMessages>;
