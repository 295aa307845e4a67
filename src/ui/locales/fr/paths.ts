import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'Voies possibles\u00a0: tribunal, arbitrage ou médiation d’abord',
  lead: 'Comparez ce que vaut chaque voie, en argent et en mois, à partir des mêmes issues (meilleure, probable et pire). Laissez une voie vide si elle ne vous est pas ouverte. Pour le tribunal, les frais et les mois indiqués plus haut sont repris, sauf si vous en donnez d’autres.',
  court: 'Tribunal',
  arbitration: 'Arbitrage',
  mediation: 'Médiation d’abord, tribunal en cas d’échec',
  costsToCome: 'Frais encore à venir jusqu’à une décision',
  months: 'Mois jusqu’à une décision',
  mediationCosts: 'Vos frais de médiation (votre part des honoraires et vos conseils)',
  mediationMonths: 'Mois jusqu’à la fin de la médiation',
  settlePercent: 'Chances d’accord, en\u00a0%',
  settlePercentHint: 'Laissez vide pour reprendre le taux publié, s’il en existe un.',
  settlement: 'L’accord que vous attendez en médiation',
  published: 'Ce que disent les chiffres publiés pour des dossiers comme celui-ci',
  compareTitle: 'Ce que vaut chaque voie',
  compareLead:
    'Chaque valeur est l’issue attendue, actualisée pour le temps comme indiqué plus haut, moins les frais à venir. Un accord immédiat qui vaut plus qu’une voie est préférable à cette voie.',
  way: 'Voie',
  value: 'Valeur',
  time: 'Durée',
  notComputed: 'non calculée',
  atLeast: (value: string) => `au moins ${value}`,
  range: (low: string, high: string) => `de ${low} à ${high}`,
  monthsValue: (n: string, count: number) => plural('fr', count, { one: `${n} mois`, other: `${n} mois` }),
  monthsBoth: (settled: string, failed: string) => `${settled} en cas d’accord, ${failed} sinon`,
  best: (name: string, way: string, value: string) =>
    `Pour ${name}, la meilleure voie est «\u00a0${way}\u00a0», qui vaut ${value}\u00a0: un accord immédiat qui vaut davantage est meilleur pour ${name} que n’importe quelle voie.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}\u00a0: les issues ci-dessus ne peuvent pas encore être pondérées\u00a0; aucune voie n’est donc calculée.`,
  'note.not-entered': (name: string, way: string) =>
    `${name}\u00a0: ni frais ni mois saisis pour «\u00a0${way}\u00a0».`,
  'note.costs-missing': (name: string, way: string) =>
    `${name}\u00a0: aucun frais saisi pour «\u00a0${way}\u00a0»\u00a0; ils comptent donc pour 0.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}\u00a0: aucun mois saisi pour «\u00a0${way}\u00a0»\u00a0; sa durée n’est donc pas prise en compte.`,
  'note.chance-missing': (name: string) =>
    `${name}\u00a0: aucune chance d’accord n’est saisie et aucun taux publié ne s’applique à ce dossier\u00a0; la médiation d’abord n’est donc pas calculée.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}\u00a0: la médiation d’abord reprend le taux d’accord publié, de ${low} à ${high}, faute de chance d’accord saisie (voir les sources sous les chiffres).`,
  'note.settlement-missing': (name: string) =>
    `${name}\u00a0: aucun accord attendu n’est saisi\u00a0; la médiation d’abord indique donc sa valeur minimale (un accord qui ne vaut pas mieux que le tribunal).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}\u00a0: l’accord en médiation est estimé à ${value}, le milieu de la fourchette que les deux côtés devraient accepter.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}\u00a0: l’accord attendu vaut moins que d’aller au tribunal après la médiation\u00a0; il est donc compté comme refusé.`,
  chartTitle: (name: string) => `Ce que vaut chaque voie pour ${name}`,
} satisfies TranslationOf<typeof pathsMessages>;
