import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionMessages } from '../../cases/protection.messages.ts';

export default {
  lockedTitle: 'Ihre Fälle sind gesperrt',
  lockedText:
    'Die Fälle auf diesem Gerät sind mit einer Passphrase geschützt. Geben Sie sie ein, um die Fälle anzusehen und zu bearbeiten.',
  passphrase: 'Passphrase',
  unlock: 'Entsperren',
  unlocking: 'Wird entsperrt…',
  wrongPassphrase:
    'Mit dieser Passphrase lassen sich Ihre Fälle nicht öffnen. Es wurde nichts geändert; prüfen Sie die Eingabe und versuchen Sie es erneut.',
  pageTitle: 'Meine Fälle schützen',
  pageLead:
    'Verschlüsseln Sie die in diesem Browser gespeicherten Fälle mit einer Passphrase, damit niemand, der Olé auf diesem Gerät öffnet, sie lesen kann.',
  whatTitle: 'Was der Schutz umfasst und was nicht',
  whatEncrypted: (rounds: string) =>
    `Verschlüsselt: Name, Antworten und Arbeitsblatt jedes Falls, mit AES-GCM und einem aus Ihrer Passphrase abgeleiteten Schlüssel (PBKDF2-SHA-256, ${rounds} Iterationen). Der Schlüssel bleibt ausschließlich im Arbeitsspeicher dieses Tabs; jeder neue Tab und jedes Neuladen fragt die Passphrase erneut ab.`,
  whatForgotten: 'Wenn Sie die Passphrase vergessen, kann niemand Ihre Fälle wiederherstellen, auch Olé nicht.',
  whatPlain:
    'Nicht verschlüsselt: das Mediatorenverzeichnis (öffentliche Daten), Ihre Auswahlliste von Mediatoren und Ihre Mentoring-Präferenzen.',
  whatExports:
    'Exportierte Falldateien sind unverschlüsseltes JSON, damit Sie sie überall öffnen können: Bewahren Sie sie sicher auf.',
  statusOn: 'Der Schutz ist eingeschaltet: Ihre Fälle werden verschlüsselt gespeichert.',
  newPassphrase: 'Neue Passphrase',
  repeatPassphrase: 'Neue Passphrase wiederholen',
  currentPassphrase: 'Aktuelle Passphrase',
  passphraseHint: (min: number) =>
    `Mindestens ${min} Zeichen. Einige Wörter ohne Zusammenhang lassen sich leichter merken als ein Zeichensalat.`,
  turnOn: 'Schutz einschalten',
  turningOn: 'Ihre Fälle werden verschlüsselt…',
  turnedOn: 'Der Schutz ist eingeschaltet. Ihre Fälle werden jetzt verschlüsselt gespeichert.',
  changeTitle: 'Passphrase ändern',
  change: 'Passphrase ändern',
  changing: 'Ihre Fälle werden neu verschlüsselt…',
  changed: 'Passphrase geändert. Alle Fälle sind jetzt mit der neuen Passphrase verschlüsselt.',
  offTitle: 'Schutz ausschalten',
  offText: 'Ihre Fälle werden dann wieder unverschlüsselt in diesem Browser gespeichert.',
  turnOff: 'Schutz ausschalten',
  turningOff: 'Ihre Fälle werden entschlüsselt…',
  turnedOff: 'Der Schutz ist ausgeschaltet. Ihre Fälle werden wieder unverschlüsselt gespeichert.',
  tooShort: (min: number) => `Die Passphrase muss mindestens ${min} Zeichen lang sein. Es wurde nichts geändert.`,
  mismatch: 'Die beiden neuen Passphrasen stimmen nicht überein. Es wurde nichts geändert.',
  wrongCurrent: 'Die aktuelle Passphrase ist nicht korrekt. Es wurde nichts geändert.',
  damagedBlocks:
    'Ein gespeicherter Fall ist beschädigt und lässt sich nicht öffnen, daher kann er auch nicht neu verschlüsselt werden. Löschen Sie ihn zuerst auf der Startseite. Es wurde nichts geändert.',
  failed: (detail: string) =>
    `Das hat nicht funktioniert, und es wurde nichts geändert: Alle Fälle sind unverändert. (${detail})`,
  backHome: 'Zurück zu Ihren Fällen',
  damagedTitle: 'Dieser Fall lässt sich nicht öffnen',
} satisfies TranslationOf<typeof protectionMessages>;
