import type { TranslationOf } from '../../../i18n/messages.ts';
import type { appMessages } from '../../app/app.messages.ts';

export default {
  quotaExceeded:
    'Votre appareil n’a plus d’espace de stockage : la dernière modification n’a pas été enregistrée. Libérez de l’espace et réessayez ; tout ce qui a été enregistré avant reste intact.',
  storageRefused:
    'Votre navigateur a refusé l’enregistrement (navigation privée ou stockage désactivé ?). Vos réponses précédentes sont intactes.',
  couldNotSave: (detail: string) => `Enregistrement impossible : ${detail}`,
  caseGone: 'Non enregistré : ce dossier n’existe plus sur cet appareil (supprimé dans un autre onglet ?).',
  caseOf: (date: string) => `Dossier du ${date}`,
  caseAbout: (dispute: string, date: string) => `${dispute}, ${date}`,
  copyOf: (title: string) => `${title} (copie)`,
  language: 'Langue',
} satisfies TranslationOf<typeof appMessages>;
