import { defineMessages } from '../../i18n/messages.ts';

// A profile's facts users weigh, its conflict-of-interest guidance, and the language its texts are published in.
export const profileMessages = defineMessages(
  {
    takingNow: 'Taking new cases',
    takingFrom: (month: string) => `Taking new cases from ${month}`,
    notTaking: 'Not taking new cases',
    notSaid: 'Not stated',
    feesValue: (band: string, basis: string) => `${band}, ${basis}`,
    feesNote: 'The bands are the registry’s own, relative to fees where this mediator works: ask for the amount.',
    notTrained: 'Not trained in safeguarding',
    shuttle: 'offers shuttle mediation, with the parties apart',
    noShuttle: 'does not offer shuttle mediation',
    conflicts: 'Conflicts of interest',
    conflictsAsk:
      'Before you agree to this mediator, ask them in writing whether they have any link with either party, their advisers or the dispute.',
    conflictsDuty:
      'Codes of conduct ask for this. IMI’s Code of Professional Conduct (revised 2017) asks a mediator to be independent, neutral and impartial, and to disclose, before accepting an appointment, anything that may affect that or appear to; the code this mediator follows is named above.',
    conflictsRaise:
      'If you learn of a link later, raise it with the mediator at once, and decide with the other party whether to go on. Under the IMI complaints process, a complaint goes to the mediator first, within a month of your becoming aware of it.',
    conflictsEnforce:
      'For an international commercial settlement, a court may refuse to enforce it if the mediator seriously breached the standards that apply to them, or did not disclose circumstances that raise justifiable doubts about their impartiality or independence, and without that a party would not have settled (Singapore Convention on Mediation, 2019, Art.\u00a05(1)(e)\u2060–\u2060(f)).',
    bioIn: (language: string) => `This profile’s text is published in ${language}.`,
    digestIn: (language: string) => `This digest is published in ${language}.`,
  },
  {
    fr: {
      takingNow: 'Accepte de nouveaux dossiers',
      takingFrom: (month: string) => `Accepte de nouveaux dossiers à partir de ${month}`,
      notTaking: 'N’accepte pas de nouveaux dossiers',
      notSaid: 'Le profil ne le dit pas',
      feesValue: (band: string, basis: string) => `${band}, ${basis}`,
      feesNote:
        'Les tranches sont celles du registre, par rapport aux honoraires pratiqués là où exerce ce médiateur\u00a0: demandez le montant.',
      notTrained: 'Pas de formation à la protection des parties',
      shuttle: 'propose la médiation en navette, les parties restant séparées',
      noShuttle: 'ne propose pas la médiation en navette',
      conflicts: 'Conflits d’intérêts',
      conflictsAsk:
        'Avant d’accepter ce médiateur, demandez-lui par écrit s’il a un lien avec l’une des parties, leurs conseils ou le différend.',
      conflictsDuty:
        'Les codes de déontologie le demandent. Le Code de conduite professionnelle de l’IMI (révisé en 2017) demande au médiateur d’être indépendant, neutre et impartial, et de révéler, avant d’accepter une mission, tout ce qui pourrait y porter atteinte ou en donner l’apparence\u00a0; le code que suit ce médiateur est indiqué ci-dessus.',
      conflictsRaise:
        'Si vous apprenez un lien plus tard, signalez-le aussitôt au médiateur et décidez avec l’autre partie de poursuivre ou non. Dans la procédure de réclamation de l’IMI, une réclamation est d’abord adressée au médiateur, dans le mois où vous en avez connaissance.',
      conflictsEnforce:
        'Pour un accord transactionnel commercial international, un tribunal peut en refuser l’exécution si le médiateur a gravement manqué aux normes qui s’appliquent à lui, ou n’a pas révélé des circonstances faisant naître des doutes légitimes sur son impartialité ou son indépendance, et que sans cela une partie n’aurait pas conclu l’accord (Convention de Singapour sur la médiation, 2019, art.\u00a05(1)(e)\u2060–\u2060(f)).',
      bioIn: (language: string) => `Présentation publiée en ${language}.`,
      digestIn: (language: string) => `Synthèse publiée en ${language}.`,
    },
    es: {
      takingNow: 'Acepta casos nuevos',
      takingFrom: (month: string) => `Acepta casos nuevos a partir de ${month}`,
      notTaking: 'No acepta casos nuevos',
      notSaid: 'El perfil no lo indica',
      feesValue: (band: string, basis: string) => `${band}, ${basis}`,
      feesNote:
        'Las franjas son las del registro, en relación con los honorarios habituales donde ejerce este mediador: pregunte el importe.',
      notTrained: 'Sin formación en protección de las partes',
      shuttle: 'ofrece mediación en salas separadas',
      noShuttle: 'no ofrece mediación en salas separadas',
      conflicts: 'Conflictos de intereses',
      conflictsAsk:
        'Antes de aceptar a este mediador, pregúntele por escrito si tiene algún vínculo con alguna de las partes, sus asesores o el conflicto.',
      conflictsDuty:
        'Los códigos de conducta lo exigen. El Código de Conducta Profesional del IMI (revisado en 2017) pide al mediador que sea independiente, neutral e imparcial, y que revele, antes de aceptar un encargo, todo lo que pueda afectar a ello o parecerlo; el código que sigue este mediador figura más arriba.',
      conflictsRaise:
        'Si conoce un vínculo más tarde, comuníqueselo enseguida al mediador y decida con la otra parte si continúan. En el procedimiento de quejas del IMI, la queja se dirige primero al mediador, dentro del mes siguiente a saberlo.',
      conflictsEnforce:
        'En un acuerdo de transacción comercial internacional, un tribunal puede denegar su ejecución si el mediador incumplió gravemente las normas que le son aplicables, o no reveló circunstancias que susciten dudas justificadas sobre su imparcialidad o independencia, y sin ello una parte no habría llegado al acuerdo (Convención de Singapur sobre la Mediación, 2019, art.\u00a05(1)(e)\u2060–\u2060(f)).',
      bioIn: (language: string) => `Presentación publicada en ${language}.`,
      digestIn: (language: string) => `Resumen publicado en ${language}.`,
    },
  },
);
