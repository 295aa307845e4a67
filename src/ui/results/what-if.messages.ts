import { defineMessages } from '../../i18n/messages.ts';

export const whatIfMessages = defineMessages(
  {
    title: 'What if…',
    tried: (question: string, stored: string, tried: string) =>
      `You answered “${stored}” to “${question}”; this ranking shows “${tried}” instead.`,
    triedUnanswered: (question: string, tried: string) =>
      `You have not answered “${question}”; this ranking shows “${tried}” as your answer.`,
    notSaved: (n: number): string =>
      n === 1
        ? 'Your saved answers stay as they were unless you keep this one.'
        : 'Your saved answers stay as they were unless you keep these.',
    whatMoved: 'What moved, and why',
    nowFirst: (option: string) => `First now: ${option}.`,
    keep: (n: number): string => (n === 1 ? 'Keep this answer' : 'Keep these answers'),
    back: 'Back to my answers',
    seeRanking: 'See the ranking',
    kept: (n: number): string =>
      n === 1 ? 'Kept: your case now has this answer.' : 'Kept: your case now has these answers.',
    undo: 'Undo',
    undone: 'Undone: your earlier answers are back.',
    unanswered: 'no answer',
    change: (question: string, answer: string, option: string) =>
      `Answering “${answer}” to “${question}” would put ${option} first.`,
    changeUnanswered: (question: string, answer: string, option: string) =>
      `You have not answered “${question}” yet; answering “${answer}” would put ${option} first.`,
    panelText:
      'Change any answer here to see what would happen: the ranking above shows it as a what-if, and your case keeps its saved answers until you choose to keep the new ones.',
  },
  {
    fr: {
      title: 'Et si…',
      tried: (question: string, stored: string, tried: string) =>
        `Vous avez répondu « ${stored} » à « ${question} » ; ce classement montre « ${tried} » à la place.`,
      triedUnanswered: (question: string, tried: string) =>
        `Vous n’avez pas répondu à « ${question} » ; ce classement montre « ${tried} » comme réponse.`,
      notSaved: (n: number): string =>
        n === 1
          ? 'Vos réponses enregistrées restent telles quelles, sauf si vous gardez celle-ci.'
          : 'Vos réponses enregistrées restent telles quelles, sauf si vous gardez celles-ci.',
      whatMoved: 'Ce qui a bougé, et pourquoi',
      nowFirst: (option: string) => `En tête désormais : ${option}.`,
      keep: (n: number) => (n === 1 ? 'Garder cette réponse' : 'Garder ces réponses'),
      back: 'Revenir à mes réponses',
      seeRanking: 'Voir le classement',
      kept: (n: number) =>
        n === 1
          ? 'Réponse conservée : votre dossier a maintenant cette réponse.'
          : 'Réponses conservées : votre dossier a maintenant ces réponses.',
      undo: 'Annuler',
      undone: 'Annulé : vos réponses précédentes sont revenues.',
      unanswered: 'sans réponse',
      change: (question: string, answer: string, option: string) =>
        `Répondre « ${answer} » à « ${question} » placerait ${option} en tête.`,
      changeUnanswered: (question: string, answer: string, option: string) =>
        `Vous n’avez pas encore répondu à « ${question} » ; répondre « ${answer} » placerait ${option} en tête.`,
      panelText:
        'Modifiez ici n’importe quelle réponse pour voir ce qui se passerait : le classement ci-dessus l’affiche comme une hypothèse, et votre dossier garde ses réponses enregistrées tant que vous ne choisissez pas de garder les nouvelles.',
    },
    es: {
      title: '¿Y si…?',
      tried: (question: string, stored: string, tried: string) =>
        `Respondió «${stored}» a «${question}»; esta clasificación muestra «${tried}» en su lugar.`,
      triedUnanswered: (question: string, tried: string) =>
        `No ha respondido a «${question}»; esta clasificación muestra «${tried}» como su respuesta.`,
      notSaved: (n: number): string =>
        n === 1
          ? 'Sus respuestas guardadas siguen como estaban, salvo que conserve esta.'
          : 'Sus respuestas guardadas siguen como estaban, salvo que conserve estas.',
      whatMoved: 'Qué se movió y por qué',
      nowFirst: (option: string) => `Ahora en primer lugar: ${option}.`,
      keep: (n: number) => (n === 1 ? 'Conservar esta respuesta' : 'Conservar estas respuestas'),
      back: 'Volver a mis respuestas',
      seeRanking: 'Ver la clasificación',
      kept: (n: number) =>
        n === 1
          ? 'Conservada: su caso tiene ahora esta respuesta.'
          : 'Conservadas: su caso tiene ahora estas respuestas.',
      undo: 'Deshacer',
      undone: 'Deshecho: se han restablecido sus respuestas anteriores.',
      unanswered: 'sin respuesta',
      change: (question: string, answer: string, option: string) =>
        `Responder «${answer}» a «${question}» pondría ${option} en primer lugar.`,
      changeUnanswered: (question: string, answer: string, option: string) =>
        `Aún no ha respondido a «${question}»; responder «${answer}» pondría ${option} en primer lugar.`,
      panelText:
        'Cambie aquí cualquier respuesta para ver qué pasaría: la clasificación de arriba lo muestra como una hipótesis, y su caso conserva las respuestas guardadas hasta que decida conservar las nuevas.',
    },
  },
);
