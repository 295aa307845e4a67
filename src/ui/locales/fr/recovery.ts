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
  erasedDone: (count: number) =>
    count === 0
      ? 'La protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.'
      : plural('fr', count, {
          one: 'Le dossier protégé a été effacé et la protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.',
          other: `${count} dossiers protégés ont été effacés et la protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.`,
        }),
  deleted: (title: string) => `« ${title} » supprimé.`,
} satisfies TranslationOf<typeof recoveryMessages>;
