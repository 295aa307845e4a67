import { defineMessages } from '../../i18n/messages.ts';

export const stagesMessages = defineMessages(
  {
    // ProtectionStep
    protectionRegion: 'Safety comes first',
    source: (citation: string) => `Source: ${citation}`,
    // StagesNote
    howRanked: 'How this ranking was made',
    stageGates: (n: number) =>
      n === 0
        ? 'Nothing was ruled out by your answers.'
        : n === 1
          ? '1 option was ruled out by your answers (listed at the end).'
          : `${n} options were ruled out by your answers (listed at the end).`,
    stageEssentials: (goals: string) =>
      `Options that can give you what you said is essential (${goals}) come before those that cannot.`,
    stageScores: 'Then options are ordered by their score, the sum of the reasons shown with each.',
    stageTies: (margin: number) =>
      `Scores within ${margin} points of each other are shown as ties: about as good, sharing a rank.`,
    // OptionCard additions
    tiedWith: (names: string) => `About as good as ${names}.`,
    lacks: (name: string, text: string) => `${name} ${text}.`,
    leads: 'Placed first for safety.',
    delivers: (goals: string) => `Can give you what you said is essential: ${goals}.`,
    // Firmness
    firmness: 'How firm is this ranking?',
    firmRobust: (checked: number) =>
      `Firm: no one of the questions you left unanswered would, on its own and whatever its answer, change the top option (${checked} answers unknown, each tried in turn).`,
    firmOpen: 'These unanswered questions could change the top option. Answering them makes the ranking firmer:',
    firmCouldLead: (question: string, names: string) => `Your answer to “${question}” could put ${names} first.`,
    answerIt: 'Answer it',
    // PlaceNotes
    placeTitle: (name: string) => `Where it would be decided: ${name}`,
    placeUnknown: 'Where it would be decided',
    placeUnknownText:
      'You have not said where a court or tribunal would decide this, so nothing is ruled out for the place. Small-claims courts, steps required before court, construction adjudication and ombudsmen depend on the country.',
    placeOtherText:
      'Olé has no data for that country yet, so nothing is ruled out for the place. Small-claims courts, steps required before court, construction adjudication and ombudsmen depend on the country.',
    placeChecked: (date: string) =>
      `Checked on ${date}. Laws change: confirm with a lawyer or the court before you rely on this.`,
    'note.compulsory-step': 'A step required before court',
    'note.small-claims': 'Small claims',
    'note.adjudication': 'Construction adjudication',
    'note.ombudsman': 'Ombudsman',
    'note.treaty': 'Treaty',
    labelled: (label: string) => `${label}:`,
    'treaty.newYork': 'New York Convention (arbitral awards)',
    'treaty.singapore': 'Singapore Convention (mediated settlements)',
    'treaty.hague2005': 'Hague Choice of Court Convention 2005',
    'treaty.hague2019': 'Hague Judgments Convention 2019',
    'treaty.brusselsIbis': 'Brussels I bis Regulation (EU judgments)',
    'treaty.lugano': 'Lugano Convention 2007',
    treatyParty: (since: string) => (since ? `in force here since ${since}` : 'in force here'),
    treatyNotParty: 'not in force here',
    treatyUnknown: 'not confirmed',
  },
  {
    fr: {
      protectionRegion: 'La sécurité d’abord',
      source: (citation: string) => `Source : ${citation}`,
      howRanked: 'Comment ce classement a été établi',
      stageGates: (n: number) =>
        n === 0
          ? 'Aucune option n’a été écartée par vos réponses.'
          : n === 1
            ? 'Une option a été écartée par vos réponses (voir la fin de la page).'
            : `${n} options ont été écartées par vos réponses (voir la fin de la page).`,
      stageEssentials: (goals: string) =>
        `Les options qui peuvent vous donner ce que vous jugez indispensable (${goals}) passent avant celles qui ne le peuvent pas.`,
      stageScores: 'Ensuite, les options sont classées selon leur score, la somme des raisons affichées avec chacune.',
      stageTies: (margin: number) =>
        `Des scores à ${margin} points ou moins l’un de l’autre sont présentés comme ex æquo : à peu près aussi bons, au même rang.`,
      tiedWith: (names: string) => `À peu près aussi bien que ${names}.`,
      lacks: (name: string, text: string) => `${name} : ${text}.`,
      leads: 'Placé en tête pour la sécurité.',
      delivers: (goals: string) => `Peut vous donner ce que vous jugez indispensable : ${goals}.`,
      firmness: 'Ce classement est-il solide ?',
      firmRobust: (checked: number) =>
        `Solide : aucune des questions laissées sans réponse ne changerait à elle seule l’option en tête, quelle que soit sa réponse (${checked} réponses inconnues, essayées une à une).`,
      firmOpen:
        'Ces questions sans réponse pourraient changer l’option en tête. Y répondre rend le classement plus solide :',
      firmCouldLead: (question: string, names: string) =>
        `Votre réponse à « ${question} » pourrait placer en tête : ${names}.`,
      answerIt: 'Y répondre',
      placeTitle: (name: string) => `Là où le litige serait tranché : ${name}`,
      placeUnknown: 'Là où le litige serait tranché',
      placeUnknownText:
        'Vous n’avez pas indiqué où un tribunal trancherait ce litige : rien n’est donc écarté à cause du lieu. Les procédures de petits litiges, les démarches obligatoires avant le procès, l’adjudication en construction et les médiateurs publics dépendent du pays.',
      placeOtherText:
        'Olé n’a pas encore de données pour ce pays : rien n’est donc écarté à cause du lieu. Les procédures de petits litiges, les démarches obligatoires avant le procès, l’adjudication en construction et les médiateurs publics dépendent du pays.',
      placeChecked: (date: string) =>
        `Vérifié le ${date}. Le droit évolue : faites-le confirmer par un avocat ou le tribunal avant de vous y fier.`,
      'note.compulsory-step': 'Une démarche obligatoire avant le procès',
      'note.small-claims': 'Petits litiges',
      'note.adjudication': 'Adjudication en construction',
      'note.ombudsman': 'Médiateur public',
      'note.treaty': 'Traité',
      labelled: (label: string) => `${label} :`,
      'treaty.newYork': 'Convention de New York (sentences arbitrales)',
      'treaty.singapore': 'Convention de Singapour (accords issus de la médiation)',
      'treaty.hague2005': 'Convention de La Haye de 2005 sur les accords d’élection de for',
      'treaty.hague2019': 'Convention de La Haye de 2019 sur les jugements',
      'treaty.brusselsIbis': 'Règlement Bruxelles I bis (jugements dans l’UE)',
      'treaty.lugano': 'Convention de Lugano de 2007',
      treatyParty: (since: string) => (since ? `en vigueur ici depuis ${since}` : 'en vigueur ici'),
      treatyNotParty: 'pas en vigueur ici',
      treatyUnknown: 'non confirmé',
    },
    es: {
      protectionRegion: 'Primero, la seguridad',
      source: (citation: string) => `Fuente: ${citation}`,
      howRanked: 'Cómo se ha hecho esta clasificación',
      stageGates: (n: number) =>
        n === 0
          ? 'Sus respuestas no descartan ninguna opción.'
          : n === 1
            ? 'Sus respuestas descartan 1 opción (al final de la página).'
            : `Sus respuestas descartan ${n} opciones (al final de la página).`,
      stageEssentials: (goals: string) =>
        `Las opciones que pueden darle lo que considera imprescindible (${goals}) van antes que las que no pueden.`,
      stageScores:
        'Después, las opciones se ordenan por su puntuación, la suma de las razones que acompañan a cada una.',
      stageTies: (margin: number) =>
        `Las puntuaciones a ${margin} puntos o menos entre sí se muestran como empates: más o menos igual de buenas, en el mismo puesto.`,
      tiedWith: (names: string) => `Más o menos igual de buena que ${names}.`,
      lacks: (name: string, text: string) => `${name}: ${text}.`,
      leads: 'En primer lugar por seguridad.',
      delivers: (goals: string) => `Puede darle lo que considera imprescindible: ${goals}.`,
      firmness: '¿Qué tan firme es esta clasificación?',
      firmRobust: (checked: number) =>
        `Firme: ninguna de las preguntas sin responder cambiaría por sí sola la primera opción, sea cual sea su respuesta (${checked} respuestas desconocidas, probadas una a una).`,
      firmOpen:
        'Estas preguntas sin responder podrían cambiar la primera opción. Responderlas hace la clasificación más firme:',
      firmCouldLead: (question: string, names: string) =>
        `Su respuesta a «${question}» podría poner en primer lugar: ${names}.`,
      answerIt: 'Responder',
      placeTitle: (name: string) => `Dónde se decidiría: ${name}`,
      placeUnknown: 'Dónde se decidiría',
      placeUnknownText:
        'No ha indicado dónde decidiría un tribunal este conflicto, así que nada se descarta por el lugar. Los procesos de menor cuantía, los pasos obligatorios antes de ir a juicio, la adjudicación en la construcción y los defensores del pueblo dependen del país.',
      placeOtherText:
        'Olé aún no tiene datos de ese país, así que nada se descarta por el lugar. Los procesos de menor cuantía, los pasos obligatorios antes de ir a juicio, la adjudicación en la construcción y los defensores del pueblo dependen del país.',
      placeChecked: (date: string) =>
        `Comprobado el ${date}. Las leyes cambian: confírmelo con un abogado o con el tribunal antes de confiar en ello.`,
      'note.compulsory-step': 'Un paso obligatorio antes de ir a juicio',
      'note.small-claims': 'Menor cuantía',
      'note.adjudication': 'Adjudicación en la construcción',
      'note.ombudsman': 'Defensor del pueblo',
      'note.treaty': 'Tratado',
      labelled: (label: string) => `${label}:`,
      'treaty.newYork': 'Convención de Nueva York (laudos arbitrales)',
      'treaty.singapore': 'Convención de Singapur (acuerdos de mediación)',
      'treaty.hague2005': 'Convenio de La Haya de 2005 sobre acuerdos de elección de foro',
      'treaty.hague2019': 'Convenio de La Haya de 2019 sobre sentencias',
      'treaty.brusselsIbis': 'Reglamento Bruselas I bis (sentencias en la UE)',
      'treaty.lugano': 'Convenio de Lugano de 2007',
      treatyParty: (since: string) => (since ? `en vigor aquí desde ${since}` : 'en vigor aquí'),
      treatyNotParty: 'no está en vigor aquí',
      treatyUnknown: 'no confirmado',
    },
  },
);
