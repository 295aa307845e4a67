import type { TranslationOf } from '../../../i18n/messages.ts';
import type { questionsMessages } from '../../pages/questions.messages.ts';

export default {
  doesNotApply: 'Esta pregunta no corresponde',
  skippedByAnswers: 'Sus respuestas anteriores la omiten.',
  reviewYourAnswers: 'Revisar sus respuestas',
  whyWeAsk: 'Por qué lo preguntamos',
  back: 'Atrás',
  backToReview: 'Volver al resumen',
  reviewAnswers: 'Revisar las respuestas',
  next: 'Siguiente',
  reviewAll: 'Revisar todas las respuestas',
  rankingSoFar: 'Ver la clasificación provisional',
  reviewLead:
    'Cambie cualquier respuesta; la clasificación se actualiza. Las preguntas omitidas cuentan como sin respuesta.',
  notAnswered: 'Sin respuesta',
  change: 'Cambiar',
  changeLabel: (question: string) => `Cambiar: ${question}`,
  seeRanking: 'Ver la clasificación',
} satisfies TranslationOf<typeof questionsMessages>;
