import { defineMessages } from '../../i18n/messages.ts';

// A shortlist's mediators who are no longer listed, named with the reason, instead of dropped without a word.
export const shortlistMessages = defineMessages(
  {
    goneHeading: 'No longer listed',
    revokedNamed: (name: string, date: string, reason: string) =>
      `${name} is no longer certified: certification withdrawn on ${date} (${reason}).`,
    revokedUnnamed: (id: string, date: string, reason: string) =>
      `A mediator on this list (${id}) is no longer certified: certification withdrawn on ${date} (${reason}); the register no longer holds the profile.`,
    notListed: (name: string, why: string) => `${name} is no longer listed: ${why}.`,
    notHeld: (id: string) =>
      `A mediator on this list (${id}) is not in the registry held on this device: they may have left the register, or this copy is older than the one the list was made from.`,
    checkForUpdates: 'Checking for directory updates tells you which.',
    'reason.conduct': 'a breach of the code of conduct',
    'reason.complaint-upheld': 'a complaint upheld',
    'reason.lapsed': 'certification lapsed',
    'reason.voluntary': 'withdrawn at the mediator’s request',
    'reason.other': 'another reason',
    removeGone: 'Remove from the list',
  },
  {
    fr: {
      goneHeading: 'Ne figurent plus dans l’annuaire',
      revokedNamed: (name: string, date: string, reason: string) =>
        `${name} n’est plus certifié\u00a0: certification retirée le ${date} (${reason}).`,
      revokedUnnamed: (id: string, date: string, reason: string) =>
        `Un médiateur de cette liste (${id}) n’est plus certifié\u00a0: certification retirée le ${date} (${reason})\u00a0; le registre ne contient plus son profil.`,
      notListed: (name: string, why: string) => `${name} ne figure plus dans l’annuaire\u00a0: ${why}.`,
      notHeld: (id: string) =>
        `Un médiateur de cette liste (${id}) ne figure pas dans le registre enregistré sur cet appareil\u00a0: il a peut-être quitté le registre, ou cette copie est plus ancienne que celle d’où vient la liste.`,
      checkForUpdates: 'Rechercher les mises à jour de l’annuaire vous dira ce qu’il en est.',
      'reason.conduct': 'manquement au code de déontologie',
      'reason.complaint-upheld': 'réclamation fondée',
      'reason.lapsed': 'certification échue',
      'reason.voluntary': 'retrait à la demande du médiateur',
      'reason.other': 'autre motif',
      removeGone: 'Retirer de la liste',
    },
    es: {
      goneHeading: 'Ya no figuran en el directorio',
      revokedNamed: (name: string, date: string, reason: string) =>
        `${name} ya no está certificado: certificación retirada el ${date} (${reason}).`,
      revokedUnnamed: (id: string, date: string, reason: string) =>
        `Un mediador de esta lista (${id}) ya no está certificado: certificación retirada el ${date} (${reason}); el registro ya no contiene su perfil.`,
      notListed: (name: string, why: string) => `${name} ya no figura en el directorio: ${why}.`,
      notHeld: (id: string) =>
        `Un mediador de esta lista (${id}) no está en el registro guardado en este dispositivo: puede que haya dejado el registro, o que esta copia sea más antigua que aquella de la que salió la lista.`,
      checkForUpdates: 'Buscar actualizaciones del directorio le dirá cuál es el caso.',
      'reason.conduct': 'incumplimiento del código de conducta',
      'reason.complaint-upheld': 'queja estimada',
      'reason.lapsed': 'certificación vencida',
      'reason.voluntary': 'retirada a petición del mediador',
      'reason.other': 'otro motivo',
      removeGone: 'Quitar de la lista',
    },
  },
);
