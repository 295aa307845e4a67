import type { TranslationOf } from '../../../i18n/messages.ts';
import type { questionsMessages } from '../../pages/questions.messages.ts';

export default {
  doesNotApply: 'Cette question ne s’applique pas',
  skippedByAnswers: 'Vos réponses précédentes la font passer.',
  reviewYourAnswers: 'Relire vos réponses',
  whyWeAsk: 'Pourquoi cette question',
  back: 'Retour',
  backToReview: 'Retour au récapitulatif',
  reviewAnswers: 'Relire les réponses',
  next: 'Suivant',
  reviewAll: 'Relire toutes les réponses',
  rankingSoFar: 'Voir le classement provisoire',
  reviewLead:
    'Modifiez n’importe quelle réponse ; le classement suit. Les questions passées comptent comme sans réponse.',
  notAnswered: 'Sans réponse',
  change: 'Modifier',
  changeLabel: (question: string) => `Modifier : ${question}`,
  seeRanking: 'Voir le classement',
} satisfies TranslationOf<typeof questionsMessages>;
