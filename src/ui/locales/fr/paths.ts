import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'Voies possibles\u00a0: tribunal, arbitrage ou médiation d’abord',
  lead: 'Comparez ce que vaut chaque voie, en argent et en mois, à partir des mêmes issues (meilleure, probable et pire). Laissez une voie vide si elle ne vous est pas ouverte. Pour le tribunal, les frais et les mois indiqués plus haut sont repris pour tout chiffre que vous ne donnez pas ici. La médiation d’abord suppose le tribunal si la médiation échoue\u00a0: si une clause renvoie le dossier à l’arbitrage, indiquez sous «\u00a0Tribunal\u00a0» les chiffres de l’arbitrage.',
  court: 'Tribunal',
  arbitration: 'Arbitrage',
  mediation: 'Médiation d’abord, tribunal en cas d’échec',
  costsToCome: 'Frais encore à venir jusqu’à une décision',
  months: 'Mois jusqu’à une décision',
  mediationCosts: 'Frais de médiation de ce côté (sa part des honoraires, et ses conseils)',
  mediationMonths: 'Mois jusqu’à la fin de la médiation',
  settlePercent: 'Chances d’accord, en\u00a0%',
  settlePercentHint: 'Laissez vide pour reprendre le taux publié, s’il en existe un.',
  settlement: 'L’accord que ce côté attend en médiation',
  published: 'Ce que disent les chiffres publiés pour des dossiers comme celui-ci',
  compareTitle: 'Ce que vaut chaque voie',
  compareLead:
    'Chaque valeur est l’issue attendue, actualisée pour le temps comme indiqué plus haut, moins les frais à venir\u00a0; pour la médiation d’abord, l’accord et le tribunal pondérés par les chances d’accord. Un accord immédiat qui vaut plus que la valeur d’une voie est préférable à cette voie, au seul regard de ces montants\u00a0: ils laissent de côté le risque que chaque côté peut supporter et ce qui compte au-delà de l’argent. Pour un côté qui paie, une valeur plus élevée signifie payer moins.',
  way: 'Voie',
  value: 'Valeur',
  costs: 'Frais à venir',
  chance: (percent: string) => `chances d’accord\u00a0: ${percent}`,
  time: 'Durée',
  notComputed: 'non calculée',
  atLeast: (value: string) => `au moins ${value}`,
  range: (low: string, high: string) => `de ${low} à ${high}`,
  monthsValue: (n: string, count: number) => plural('fr', count, { one: `${n} mois`, other: `${n} mois` }),
  monthsBoth: (settled: string, failed: string) => `${settled} en cas d’accord, ${failed} sinon`,
  best: (name: string, way: string, value: string) =>
    `Au seul regard de ces chiffres, la voie qui vaut le plus pour ${name} est «\u00a0${way}\u00a0», à ${value}. Un accord immédiat qui vaut davantage est meilleur pour ${name} que n’importe quelle voie.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}\u00a0: les issues ci-dessus ne peuvent pas encore être pondérées\u00a0; aucune voie n’est donc calculée.`,
  'note.not-entered': (name: string, way: string) => `${name}\u00a0: aucun chiffre saisi pour «\u00a0${way}\u00a0».`,
  unsaved: (name: string, way: string) =>
    `${name}\u00a0: un chiffre saisi pour «\u00a0${way}\u00a0» n’a pas été enregistré (son champ dit pourquoi)\u00a0; il n’est donc pas compté ici.`,
  'note.court-needed': (name: string) =>
    `${name}\u00a0: la médiation d’abord a besoin des chiffres du tribunal, la voie suivie en cas d’échec\u00a0: saisissez ses frais ou ses mois, ici ou plus haut.`,
  'note.costs-missing': (name: string, way: string) =>
    `${name}\u00a0: aucun frais saisi pour «\u00a0${way}\u00a0»\u00a0; ils comptent donc pour 0.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}\u00a0: aucun mois saisi pour «\u00a0${way}\u00a0»\u00a0; sa durée n’est donc pas prise en compte.`,
  'note.chance-missing': (name: string) =>
    `${name}\u00a0: aucune chance d’accord n’est saisie et aucun taux publié ne s’applique à ce dossier\u00a0; la médiation d’abord n’est donc pas calculée.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}\u00a0: la médiation d’abord reprend les chiffres d’accord publiés, de ${low} à ${high}, faute de chance d’accord saisie pour ce côté (ce que recouvre chaque chiffre est indiqué sous «\u00a0Ce que disent les chiffres publiés pour des dossiers comme celui-ci\u00a0»).`,
  'note.settlement-missing': (name: string) =>
    `${name}\u00a0: aucun accord attendu n’est saisi\u00a0; la médiation d’abord indique donc sa valeur minimale (un accord qui ne vaut pas mieux que le tribunal).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}\u00a0: l’accord en médiation est estimé à ${value}, le milieu de la fourchette que les deux côtés devraient accepter selon les chiffres saisis pour chacun\u00a0: une hypothèse (couper la poire en deux), pas une prévision.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}\u00a0: l’accord attendu vaut moins que d’aller au tribunal après la médiation\u00a0; il est donc compté comme refusé.`,
  chartTitle: (name: string) => `Ce que vaut chaque voie pour ${name}`,
  chartRange: 'La partie plus claire d’une barre est la fourchette que donnent les chiffres d’accord publiés.',
  withheld: (reasons: string) =>
    `Les chiffres d’accord publiés ne sont pas utilisés pour ce dossier\u00a0: ${reasons}. Saisissez vous-même des chances d’accord pour évaluer la médiation d’abord.`,
} satisfies TranslationOf<typeof pathsMessages>;
