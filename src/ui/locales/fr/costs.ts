import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { costsMessages } from '../../results/costs.messages.ts';

export default {
  heading: 'Coût et durée pour ce dossier',
  fees: 'Frais de justice ou de l’institution',
  partyCosts: 'Vos propres frais',
  time: 'Durée',
  settles: 'Aboutit à un accord',
  settleShare: (percent: string) => `dans ${percent} des cas`,
  months: (range: string, high: number) => plural('fr', high, { one: `${range} mois`, other: `${range} mois` }),
  shareOfTotal: (percent: string) => `en moyenne ${percent} du coût total`,
  'stat.mean': 'moyenne',
  'stat.median': 'médiane',
  'stat.average': 'moyenne',
  'stat.share': 'part',
  'stat.scale': 'barème',
  figure: (stat: string, population: string, year: number) => `${stat}, ${population} (${year})`,
  sources: 'Sources et populations',
  'why.needs-amount': 'Il faut le montant réclamé en chiffres\u00a0: saisissez-le dans la grille.',
  'why.place-unknown': 'Cela dépend du lieu où le litige serait tranché.',
  'why.place-not-covered': 'Nous ne savons pas pour ce pays.',
  'why.no-source': 'Nous ne savons pas pour ce pays.',
  'why.not-for-this-case': 'Aucun chiffre publié ici pour un dossier de cette taille ou de cette nature.',
  leansLower: (reasons: string) => `Sans doute moins pour ce dossier\u00a0: ${reasons}.`,
  'lean.reluctant-side':
    'l’autre côté hésite ou refuse, alors que les taux publiés portent sur des dossiers où les deux côtés ont choisi la médiation',
  'lean.escalated': 'le conflit a atteint un stade avancé d’escalade (Glasl 7 à 9)',
} satisfies TranslationOf<typeof costsMessages>;
