import type { TranslationOf } from '../../../i18n/messages.ts';
import type { appMessages } from '../../app/app.messages.ts';

export default {
  quotaExceeded:
    'Der Speicher Ihres Geräts ist voll, daher wurde die letzte Änderung nicht gespeichert. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut; alles zuvor Gespeicherte bleibt erhalten.',
  storageRefused:
    'Ihr Browser hat das Speichern verweigert (privater Modus oder Speicher deaktiviert?). Ihre bisherigen Antworten bleiben erhalten.',
  couldNotSave: (detail: string) => `Speichern nicht möglich: ${detail}`,
  caseGone:
    'Nicht gespeichert: Dieser Fall ist auf diesem Gerät nicht mehr vorhanden (wurde er in einem anderen Tab gelöscht?).',
  caseOf: (date: string) => `Fall vom ${date}`,
  caseAbout: (dispute: string, date: string) => `${dispute}, ${date}`,
  copyOf: (title: string) => `${title} (Kopie)`,
  language: 'Sprache',
} satisfies TranslationOf<typeof appMessages>;
