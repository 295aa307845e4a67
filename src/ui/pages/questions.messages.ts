import { defineMessages } from '../../i18n/messages.ts';

export const questionsMessages = defineMessages('questions', {
  doesNotApply: 'This question does not apply',
  skippedByAnswers: 'Your earlier answers skip it.',
  reviewYourAnswers: 'Review your answers',
  whyWeAsk: 'Why we ask',
  back: 'Back',
  backToReview: 'Back to review',
  reviewAnswers: 'Review answers',
  next: 'Next',
  reviewAll: 'Review all answers',
  rankingSoFar: 'See the ranking so far',
  reviewLead: 'Change any answer; the ranking follows. Questions you skipped count as not answered.',
  notAnswered: 'Not answered',
  change: 'Change',
  changeLabel: (question: string) => `Change: ${question}`,
  seeRanking: 'See the ranking',
});
