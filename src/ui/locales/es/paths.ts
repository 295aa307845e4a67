import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'Vías para seguir: tribunales, arbitraje o primero mediación',
  lead: 'Compare lo que vale cada vía, en dinero y en meses, con los mismos resultados mejor, probable y peor. Deje una vía en blanco si no la tiene a su alcance. Para los tribunales se usan los costes y los meses de arriba en toda cifra que no indique aquí. La vía de la mediación supone ir a los tribunales si la mediación fracasa: si una cláusula remite el caso a arbitraje, indique en «Tribunales» las cifras del arbitraje.',
  court: 'Tribunales',
  arbitration: 'Arbitraje',
  mediation: 'Primero mediación y, si fracasa, tribunales',
  costsToCome: 'Costes pendientes hasta una decisión',
  months: 'Meses hasta una decisión',
  mediationCosts: 'Lo que le cuesta la mediación a este lado (su parte de los honorarios y sus asesores)',
  mediationMonths: 'Meses hasta que termine la mediación',
  settlePercent: 'Probabilidad de llegar a un acuerdo, en %',
  settlePercentHint: 'Déjelo en blanco para usar la tasa publicada, si la hay.',
  settlement: 'El acuerdo que este lado espera en la mediación',
  published: 'Lo que dicen las cifras publicadas para casos como este',
  compareTitle: 'Lo que vale cada vía',
  compareLead:
    'Cada valor es el resultado esperado, descontado por el tiempo como se indicó arriba, menos los costes pendientes; para la vía de la mediación, el acuerdo y los tribunales ponderados por la probabilidad de acuerdo. Un acuerdo ahora que valga más que el valor de una vía es mejor que tomar esa vía, atendiendo solo a estas cifras de dinero: no tienen en cuenta cuánto riesgo puede soportar cada lado ni lo que importa más allá del dinero. Para un lado que paga, un valor más alto significa pagar menos.',
  way: 'Vía',
  value: 'Valor',
  costs: 'Costes pendientes',
  chance: (percent: string) => `probabilidad de acuerdo: ${percent}`,
  time: 'Duración',
  notComputed: 'sin calcular',
  atLeast: (value: string) => `al menos ${value}`,
  range: (low: string, high: string) => `de ${low} a ${high}`,
  monthsValue: (n: string, count: number) => plural('es', count, { one: `${n} mes`, other: `${n} meses` }),
  monthsBoth: (settled: string, failed: string) => `${settled} si hay acuerdo, ${failed} si no`,
  best: (name: string, way: string, value: string) =>
    `Atendiendo solo a estas cifras, la vía que más vale para ${name} es «${way}», con ${value}. Un acuerdo ahora que valga más que eso es mejor para ${name} que cualquier vía.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}: los resultados de arriba aún no se pueden ponderar, así que no se calcula ninguna vía.`,
  'note.not-entered': (name: string, way: string) => `${name}: no se han indicado cifras para «${way}».`,
  unsaved: (name: string, way: string) =>
    `${name}: una cifra escrita para «${way}» no se guardó (su campo dice por qué), así que aquí no se cuenta.`,
  'note.court-needed': (name: string) =>
    `${name}: la vía de la mediación necesita las cifras de los tribunales, la vía si la mediación fracasa: indique sus costes o sus meses, aquí o arriba.`,
  'note.costs-missing': (name: string, way: string) =>
    `${name}: no se han indicado costes para «${way}», así que cuentan como 0.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}: no se han indicado meses para «${way}», así que su duración no se tiene en cuenta.`,
  'note.chance-missing': (name: string) =>
    `${name}: no se ha indicado la probabilidad de acuerdo y no hay ninguna tasa publicada que se aplique a este caso, así que la vía de la mediación no se calcula.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}: para la vía de la mediación se usan las cifras de acuerdo publicadas, de ${low} a ${high}, porque no se ha indicado una probabilidad propia de este lado (lo que cuenta cada cifra figura en «Lo que dicen las cifras publicadas para casos como este»).`,
  'note.settlement-missing': (name: string) =>
    `${name}: no se ha indicado el acuerdo esperado, así que la vía de la mediación muestra lo mínimo que vale (un acuerdo que no mejora ir a los tribunales).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}: como acuerdo en la mediación se toma ${value}, el punto medio del margen que ambos lados deberían aceptar según las cifras indicadas para cada uno: una suposición (partir la diferencia), no una previsión.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}: el acuerdo esperado vale menos que ir a los tribunales después de la mediación, así que se cuenta como rechazado.`,
  chartTitle: (name: string) => `Lo que vale cada vía para ${name}`,
  chartRange: 'La parte más clara de una barra es el margen que dan las cifras de acuerdo publicadas.',
  withheld: (reasons: string) =>
    `Las cifras de acuerdo publicadas no se usan para este caso: ${reasons}. Indique una probabilidad de acuerdo propia para valorar la vía de la mediación.`,
} satisfies TranslationOf<typeof pathsMessages>;
