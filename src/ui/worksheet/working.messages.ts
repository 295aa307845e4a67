// The assessment's working (expected value, discount, costs to come), its warnings, and the choice to discount costs.
import { defineMessages } from '../../i18n/messages.ts';

export const workingMessages = defineMessages(
  {
    title: 'How the value of going on is worked out',
    expected: 'Expected outcome (each outcome weighed by its probability)',
    factor: 'Discount factor for time',
    expectedToday: 'Expected outcome, discounted to today',
    costsNotDiscounted: 'Less the costs to come, not discounted',
    costsDiscounted: 'Less the costs to come, discounted',
    value: 'Value of going on',
    nothingDiscounted: 'No yearly discount is set, so nothing is discounted for time.',
    outcomeOnly: (rate: string) =>
      `At ${rate} a year over each side’s months to a decision, only the expected outcome is discounted. The costs to come are taken off as entered, since they are spent along the way.`,
    costsToo: (rate: string) =>
      `At ${rate} a year over each side’s months to a decision, both the expected outcome and the costs to come are discounted, as if the costs were all paid at the decision.`,
    discountCosts: 'Discount the costs to come too',
    discountCostsHint:
      'Off: costs are counted in full, as they are spent along the way. On: they are discounted like the outcome, which counts them as if paid at the decision.',
    flipped: (name: string, costs: string, expected: string, pays: string) =>
      `Warning: for ${name}, the costs to come (${costs}) are more than the expected outcome (${expected}), so going on is expected to cost money overall. Even paying up to ${pays} to settle would leave ${name} better off than going on.`,
    negative: (name: string, pays: string) =>
      `For ${name}, going on is expected to cost money overall. Paying less than ${pays} to settle would leave ${name} better off than going on.`,
    unsaved: 'A figure typed above was not saved (its field says why). The figures here use what was saved before it.',
    unsavedAmount: (name: string, outcome: string) =>
      `${name}: the amount typed for ${outcome} was not saved (its field says why), so the value is not worked out.`,
    unsavedProbability: (name: string, outcome: string) =>
      `${name}: the probability typed for ${outcome} was not saved (its field says why), so the value is not worked out.`,
  },
  {
    fr: {
      title: 'Comment la valeur de la poursuite est calculée',
      expected: 'Issue attendue (chaque issue pondérée par sa probabilité)',
      factor: 'Coefficient d’actualisation',
      expectedToday: 'Issue attendue, actualisée à aujourd’hui',
      costsNotDiscounted: 'Moins les frais à venir, non actualisés',
      costsDiscounted: 'Moins les frais à venir, actualisés',
      value: 'Valeur de la poursuite',
      nothingDiscounted: 'Aucun taux annuel n’est indiqué\u00a0: rien n’est actualisé.',
      outcomeOnly: (rate: string) =>
        `À ${rate} par an sur les mois de chaque côté jusqu’à une décision, seule l’issue attendue est actualisée. Les frais à venir sont déduits tels que saisis, puisqu’ils sont dépensés au fil de la procédure.`,
      costsToo: (rate: string) =>
        `À ${rate} par an sur les mois de chaque côté jusqu’à une décision, l’issue attendue et les frais à venir sont tous deux actualisés, comme si les frais étaient payés en entier à la décision.`,
      discountCosts: 'Actualiser aussi les frais à venir',
      discountCostsHint:
        'Décoché\u00a0: les frais comptent en entier, puisqu’ils sont dépensés au fil de la procédure. Coché\u00a0: ils sont actualisés comme l’issue, comme s’ils étaient payés à la décision.',
      flipped: (name: string, costs: string, expected: string, pays: string) =>
        `Attention\u00a0: pour ${name}, les frais à venir (${costs}) dépassent l’issue attendue (${expected}), si bien que poursuivre devrait coûter de l’argent au total. Même en payant jusqu’à ${pays} pour transiger, ${name} s’en tirerait mieux qu’en poursuivant.`,
      negative: (name: string, pays: string) =>
        `Pour ${name}, poursuivre devrait coûter de l’argent au total. En payant moins de ${pays} pour transiger, ${name} s’en tirerait mieux qu’en poursuivant.`,
      unsaved:
        'Un chiffre saisi plus haut n’a pas été enregistré (son champ dit pourquoi). Les chiffres ci-dessous reprennent ce qui était enregistré avant.',
      unsavedAmount: (name: string, outcome: string) =>
        `${name}\u00a0: le montant saisi pour ${outcome} n’a pas été enregistré (son champ dit pourquoi)\u00a0; la valeur n’est donc pas calculée.`,
      unsavedProbability: (name: string, outcome: string) =>
        `${name}\u00a0: la probabilité saisie pour ${outcome} n’a pas été enregistrée (son champ dit pourquoi)\u00a0; la valeur n’est donc pas calculée.`,
    },
    es: {
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
    },
  },
);
