import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { forgetPassphraseMessages } from '../../cases/forget-passphrase.messages.ts';

export default {
  forgotten:
    'Vergessen? Niemand kann die Passphrase oder Ihre geschützten Fälle wiederherstellen, auch Olé nicht: Es gibt keine Kopie und kein Zurücksetzen. Sie können aber auf der Startseite einen neuen Fall anlegen oder eine Falldatei importieren, oder die geschützten Fälle löschen und neu beginnen.',
  forgot: 'Ich habe meine Passphrase vergessen',
  stepOneTitle: 'Die geschützten Fälle löschen und neu beginnen?',
  erased: (count: number) =>
    count === 0
      ? 'Endgültig gelöscht wird: der Schutz durch Passphrase (derzeit ist kein Fall damit geschützt).'
      : plural('de', count, {
          one: 'Endgültig gelöscht werden: der geschützte Fall auf diesem Gerät, einschließlich noch nicht gespeicherter Änderungen, und der Schutz durch Passphrase.',
          other: `Endgültig gelöscht werden: die ${count} geschützten Fälle auf diesem Gerät, einschließlich noch nicht gespeicherter Änderungen, und der Schutz durch Passphrase.`,
        }),
  kept: (plain: number) =>
    plain === 0
      ? 'Erhalten bleiben: das Mediatorenverzeichnis, Ihre Auswahlliste und Ihre übrigen Einstellungen.'
      : plural('de', plain, {
          one: 'Erhalten bleiben: der nicht geschützte Fall (während der Sperre angelegt oder importiert), das Mediatorenverzeichnis, Ihre Auswahlliste und Ihre übrigen Einstellungen.',
          other: `Erhalten bleiben: die ${plain} nicht geschützten Fälle (während der Sperre angelegt oder importiert), das Mediatorenverzeichnis, Ihre Auswahlliste und Ihre übrigen Einstellungen.`,
        }),
  noWayBack:
    'Niemand kann gelöschte Fälle zurückholen, auch Olé nicht. Ein Fall, den Sie zuvor in eine Datei exportiert haben, kann danach wieder importiert werden.',
  continue: 'Weiter',
  cancel: 'Abbrechen',
  stepTwoTitle: 'Letzter Schritt: Dies lässt sich nicht rückgängig machen',
  confirm: (count: number) =>
    count === 0
      ? 'Schutz löschen'
      : plural('de', count, {
          one: 'Geschützten Fall endgültig löschen',
          other: `${count} geschützte Fälle endgültig löschen`,
        }),
  keep: 'Abbrechen: nichts löschen',
  erasing: 'Wird gelöscht…',
  changed:
    'Die geschützten Fälle wurden in einem anderen Tab geändert, daher wurde nichts gelöscht. Prüfen Sie die Aufstellung und bestätigen Sie erneut.',
} satisfies TranslationOf<typeof forgetPassphraseMessages>;
