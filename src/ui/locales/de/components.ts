import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { componentsMessages } from '../../components/components.messages.ts';

export default {
  caseName: 'Name des Falls',
  saveName: 'Namen speichern',
  cancelRename: 'Abbrechen',
  answersUpdated: (answers: number, updated: string) =>
    `${plural('de', answers, { one: `${answers} Antwort`, other: `${answers} Antworten` })} · aktualisiert am ${updated}`,
  continue: 'Weiter',
  results: 'Ergebnisse',
  worksheet: 'Arbeitsblatt',
  report: 'Bericht',
  chooseTogether: 'Das Verfahren gemeinsam wählen',
  comparisonKept: 'Vergleich mit der Gegenseite',
  rename: 'Umbenennen',
  duplicate: 'Duplizieren',
  delete: 'Löschen',
  confirmDelete: 'Löschen bestätigen',
  deleteThisCase: 'Diesen Fall löschen?',
  yesDelete: 'Ja, löschen',
  keepIt: 'Behalten',
  loadingCase: 'Ihr Fall wird geladen…',
  caseNotFound: 'Fall nicht gefunden',
  caseNotFoundText:
    'Dieser Fall ist auf diesem Gerät nicht gespeichert. Möglicherweise wurde er gelöscht oder in einem anderen Browser angelegt.',
  goToCases: 'Zu Ihren Fällen',
  notSure: 'Weiß nicht',
  partOf: (part: number, parts: number, section: string) => `Teil ${part} von ${parts}: ${section}`,
  progressLabel: 'Fortschritt bei den Fragen',
  newVersion: 'Eine neue Version von Olé ist bereit.',
  reload: 'Neu laden',
  later: 'Später',
  upgradeBlocked:
    'Olé wurde aktualisiert, und in einem anderen Tab oder Fenster ist noch eine ältere Version geöffnet. Schließen Sie sie dort oder laden Sie sie neu, um fortzufahren: Ihre Fälle sind sicher, und nichts geht verloren.',
} satisfies TranslationOf<typeof componentsMessages>;
