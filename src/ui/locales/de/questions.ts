import type { TranslationOf } from '../../../i18n/messages.ts';
import type { questionsMessages } from '../../pages/questions.messages.ts';

export default {
  doesNotApply: 'Diese Frage entfällt',
  skippedByAnswers: 'Aufgrund Ihrer bisherigen Antworten wird sie übersprungen.',
  reviewYourAnswers: 'Ihre Antworten überprüfen',
  whyWeAsk: 'Warum wir fragen',
  back: 'Zurück',
  backToReview: 'Zurück zur Übersicht',
  reviewAnswers: 'Antworten überprüfen',
  next: 'Weiter',
  reviewAll: 'Alle Antworten überprüfen',
  rankingSoFar: 'Bisherige Rangfolge ansehen',
  reviewLead:
    'Sie können jede Antwort ändern; die Rangfolge passt sich an. Übersprungene Fragen gelten als nicht beantwortet.',
  notAnswered: 'Nicht beantwortet',
  change: 'Ändern',
  changeLabel: (question: string) => `Ändern: ${question}`,
  seeRanking: 'Rangfolge ansehen',
} satisfies TranslationOf<typeof questionsMessages>;
