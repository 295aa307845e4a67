import type { TranslationOf } from '../../../i18n/messages.ts';
import type { workingMessages } from '../../worksheet/working.messages.ts';

export default {
  title: 'Cómo se calcula el valor de seguir',
  expected: 'Resultado esperado (cada resultado ponderado por su probabilidad)',
  factor: 'Factor de descuento por el tiempo',
  expectedToday: 'Resultado esperado, descontado a hoy',
  costsNotDiscounted: 'Menos los costes pendientes, sin descontar',
  costsDiscounted: 'Menos los costes pendientes, descontados',
  value: 'Valor de seguir',
  nothingDiscounted: 'No se ha indicado un descuento anual, así que no se descuenta nada por el tiempo.',
  outcomeOnly: (rate: string) =>
    `Al ${rate} anual sobre los meses de cada lado hasta una decisión, solo se descuenta el resultado esperado. Los costes pendientes se restan tal como se indicaron, porque se pagan a lo largo del camino.`,
  costsToo: (rate: string) =>
    `Al ${rate} anual sobre los meses de cada lado hasta una decisión, se descuentan tanto el resultado esperado como los costes pendientes, como si los costes se pagaran todos en la decisión.`,
  discountCosts: 'Descontar también los costes pendientes',
  discountCostsHint:
    'Sin marcar: los costes cuentan enteros, porque se pagan a lo largo del camino. Marcado: se descuentan como el resultado, como si se pagaran en la decisión.',
  flipped: (name: string, costs: string, expected: string, pays: string) =>
    `Atención: para ${name}, los costes pendientes (${costs}) superan el resultado esperado (${expected}), así que seguir le costaría dinero en total. Incluso pagando hasta ${pays} para llegar a un acuerdo, ${name} saldría mejor que siguiendo.`,
  negative: (name: string, pays: string) =>
    `Para ${name}, seguir le costaría dinero en total. Pagando menos de ${pays} para llegar a un acuerdo, ${name} saldría mejor que siguiendo.`,
  unsaved:
    'Un dato escrito más arriba no se ha guardado (su campo explica por qué). Las cifras de aquí usan lo que estaba guardado antes.',
  unsavedAmount: (name: string, outcome: string) =>
    `${name}: el importe escrito para ${outcome} no se ha guardado (su campo explica por qué), así que el valor no se calcula.`,
  unsavedProbability: (name: string, outcome: string) =>
    `${name}: la probabilidad escrita para ${outcome} no se ha guardado (su campo explica por qué), así que el valor no se calcula.`,
} satisfies TranslationOf<typeof workingMessages>;
