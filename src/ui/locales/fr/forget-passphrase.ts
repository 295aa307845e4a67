import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { forgetPassphraseMessages } from '../../cases/forget-passphrase.messages.ts';

export default {
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
} satisfies TranslationOf<typeof forgetPassphraseMessages>;
