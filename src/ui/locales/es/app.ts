import type { TranslationOf } from '../../../i18n/messages.ts';
import type { appMessages } from '../../app/app.messages.ts';

export default {
  quotaExceeded:
    'Su dispositivo no tiene espacio de almacenamiento, así que el último cambio no se guardó. Libere espacio e inténtelo de nuevo; todo lo guardado antes está a salvo.',
  storageRefused:
    'Su navegador se negó a guardar (¿modo privado o almacenamiento desactivado?). Sus respuestas anteriores están a salvo.',
  couldNotSave: (detail: string) => `No se pudo guardar: ${detail}`,
  caseGone: 'No se guardó: este caso ya no existe en este dispositivo (¿se eliminó en otra pestaña?).',
  caseOf: (date: string) => `Caso del ${date}`,
  caseAbout: (dispute: string, date: string) => `${dispute}, ${date}`,
  copyOf: (title: string) => `${title} (copia)`,
  language: 'Idioma',
} satisfies TranslationOf<typeof appMessages>;
