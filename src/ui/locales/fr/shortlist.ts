import type { TranslationOf } from '../../../i18n/messages.ts';
import type { shortlistMessages } from '../../directory/shortlist.messages.ts';

export default {
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
} satisfies TranslationOf<typeof shortlistMessages>;
