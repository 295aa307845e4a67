import { defineMessages } from '../../i18n/messages.ts';

export const appMessages = defineMessages(
  {
    quotaExceeded:
      'Your device is out of storage space, so the last change was not saved. Free some space and try again; everything saved before is safe.',
    storageRefused:
      'Your browser refused to save (private mode or storage turned off?). Your earlier answers are safe.',
    couldNotSave: (detail: string) => `Could not save: ${detail}`,
    caseGone: 'Not saved: this case no longer exists on this device (was it deleted in another tab?).',
    caseOf: (date: string) => `Case of ${date}`,
    copyOf: (title: string) => `${title} (copy)`,
    language: 'Language',
  },
  {
    fr: {
      quotaExceeded:
        'Votre appareil n’a plus d’espace de stockage : la dernière modification n’a pas été enregistrée. Libérez de l’espace et réessayez ; tout ce qui a été enregistré avant reste intact.',
      storageRefused:
        'Votre navigateur a refusé l’enregistrement (navigation privée ou stockage désactivé ?). Vos réponses précédentes sont intactes.',
      couldNotSave: (detail: string) => `Enregistrement impossible : ${detail}`,
      caseGone: 'Non enregistré : ce dossier n’existe plus sur cet appareil (supprimé dans un autre onglet ?).',
      caseOf: (date: string) => `Dossier du ${date}`,
      copyOf: (title: string) => `${title} (copie)`,
      language: 'Langue',
    },
    es: {
      quotaExceeded:
        'Su dispositivo no tiene espacio de almacenamiento, así que el último cambio no se guardó. Libere espacio e inténtelo de nuevo; todo lo guardado antes está a salvo.',
      storageRefused:
        'Su navegador se negó a guardar (¿modo privado o almacenamiento desactivado?). Sus respuestas anteriores están a salvo.',
      couldNotSave: (detail: string) => `No se pudo guardar: ${detail}`,
      caseGone: 'No se guardó: este caso ya no existe en este dispositivo (¿se eliminó en otra pestaña?).',
      caseOf: (date: string) => `Caso del ${date}`,
      copyOf: (title: string) => `${title} (copia)`,
      language: 'Idioma',
    },
  },
);
