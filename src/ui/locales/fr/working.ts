import type { TranslationOf } from '../../../i18n/messages.ts';
import type { workingMessages } from '../../worksheet/working.messages.ts';

export default {
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
} satisfies TranslationOf<typeof workingMessages>;
