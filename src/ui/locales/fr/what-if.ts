import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { whatIfMessages } from '../../results/what-if.messages.ts';

export default {
  title: 'Et si…',
  tried: (question: string, stored: string, tried: string) =>
    `Vous avez répondu « ${stored} » à « ${question} » ; ce classement montre « ${tried} » à la place.`,
  triedUnanswered: (question: string, tried: string) =>
    `Vous n’avez pas répondu à « ${question} » ; ce classement montre « ${tried} » comme réponse.`,
  notSaved: (n: number): string =>
    plural('fr', n, {
      one: 'Vos réponses enregistrées restent telles quelles, sauf si vous gardez celle-ci.',
      other: 'Vos réponses enregistrées restent telles quelles, sauf si vous gardez celles-ci.',
    }),
  whatMoved: 'Ce qui a bougé, et pourquoi',
  nowFirst: (option: string) => `En tête désormais : ${option}.`,
  keep: (n: number) => plural('fr', n, { one: 'Garder cette réponse', other: 'Garder ces réponses' }),
  back: 'Revenir à mes réponses',
  seeRanking: 'Voir le classement',
  kept: (n: number) =>
    plural('fr', n, {
      one: 'Réponse conservée : votre dossier a maintenant cette réponse.',
      other: 'Réponses conservées : votre dossier a maintenant ces réponses.',
    }),
  undo: 'Annuler',
  undone: 'Annulé : vos réponses précédentes sont revenues.',
  unanswered: 'sans réponse',
  change: (question: string, answer: string, option: string) =>
    `Répondre « ${answer} » à « ${question} » placerait ${option} en tête.`,
  changeUnanswered: (question: string, answer: string, option: string) =>
    `Vous n’avez pas encore répondu à « ${question} » ; répondre « ${answer} » placerait ${option} en tête.`,
  panelText:
    'Modifiez ici n’importe quelle réponse pour voir ce qui se passerait : le classement ci-dessus l’affiche comme une hypothèse, et votre dossier garde ses réponses enregistrées tant que vous ne choisissez pas de garder les nouvelles.',
} satisfies TranslationOf<typeof whatIfMessages>;
