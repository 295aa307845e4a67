import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { recoveryMessages } from '../../cases/recovery.messages.ts';

export default {
  lockedCount: (count: number) =>
    plural('fr', count, {
      one: 'Un dossier protégé est verrouillé.',
      other: `${count} dossiers protégés sont verrouillés.`,
    }),
  storedWhileLocked:
    'Tant que vos dossiers sont verrouillés, un dossier que vous ouvrez ou importez est enregistré sans chiffrement sur cet appareil : il n’est pas protégé avant le déverrouillage, où il est chiffré avec les autres.',
  notProtectedYet: 'Pas encore protégé : enregistré sans chiffrement jusqu’au déverrouillage.',
  caseNotProtected:
    'Ce dossier n’est pas encore protégé : vos dossiers sont verrouillés, il est donc enregistré sans chiffrement sur cet appareil jusqu’à leur déverrouillage.',
  sealedAtUnlock: (count: number) =>
    plural('fr', count, {
      one: 'Un dossier ouvert ou importé pendant le verrouillage est désormais protégé lui aussi.',
      other: `${count} dossiers ouverts ou importés pendant le verrouillage sont désormais protégés eux aussi.`,
    }),
  forgotten:
    'Vous l’avez oubliée ? Personne ne peut la retrouver, ni vos dossiers protégés, pas même Olé : il n’en existe aucune copie ni réinitialisation. Vous pouvez toujours ouvrir un nouveau dossier ou importer un fichier de dossier depuis la page d’accueil, ou effacer les dossiers protégés et repartir de zéro.',
  forgot: 'J’ai oublié ma phrase secrète',
  stepOneTitle: 'Effacer les dossiers protégés et repartir de zéro ?',
  erased: (count: number) =>
    count === 0
      ? 'Effacée définitivement : la protection par phrase secrète (aucun dossier n’est enregistré sous elle).'
      : plural('fr', count, {
          one: 'Effacés définitivement : le dossier protégé de cet appareil, avec ses modifications pas encore enregistrées, et la protection par phrase secrète.',
          other: `Effacés définitivement : les ${count} dossiers protégés de cet appareil, avec leurs modifications pas encore enregistrées, et la protection par phrase secrète.`,
        }),
  kept: (plain: number) =>
    plain === 0
      ? 'Conservés : l’annuaire des médiateurs, votre sélection et vos autres réglages.'
      : plural('fr', plain, {
          one: 'Conservés : le dossier non protégé (ouvert ou importé pendant le verrouillage), l’annuaire des médiateurs, votre sélection et vos autres réglages.',
          other: `Conservés : les ${plain} dossiers non protégés (ouverts ou importés pendant le verrouillage), l’annuaire des médiateurs, votre sélection et vos autres réglages.`,
        }),
  noWayBack:
    'Personne ne peut récupérer des dossiers effacés, pas même Olé. Un dossier exporté auparavant dans un fichier pourra être importé de nouveau ensuite.',
  continue: 'Continuer',
  cancel: 'Annuler',
  stepTwoTitle: 'Dernière étape : c’est irréversible',
  confirm: (count: number) =>
    count === 0
      ? 'Effacer la protection'
      : plural('fr', count, {
          one: 'Effacer définitivement le dossier protégé',
          other: `Effacer définitivement les ${count} dossiers protégés`,
        }),
  keep: 'Annuler : ne rien effacer',
  erasing: 'Effacement…',
  changed:
    'Les dossiers protégés ont changé dans un autre onglet ; rien n’a été effacé. Vérifiez ce qui est indiqué et confirmez de nouveau.',
  erasedDone: (count: number) =>
    count === 0
      ? 'La protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.'
      : plural('fr', count, {
          one: 'Le dossier protégé a été effacé et la protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.',
          other: `${count} dossiers protégés ont été effacés et la protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.`,
        }),
  deleted: (title: string) => `« ${title} » supprimé.`,
} satisfies TranslationOf<typeof recoveryMessages>;
