import { defineMessages } from '../../i18n/messages.ts';

export const protectionMessages = defineMessages('protection', {
  lockedTitle: 'Your cases are locked',
  lockedText: 'The cases on this device are protected with a passphrase. Enter it to see and edit them.',
  passphrase: 'Passphrase',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  wrongPassphrase: 'That passphrase does not open your cases. Nothing was changed; check it and try again.',
  pageTitle: 'Protect my cases',
  pageLead:
    'Encrypt the cases stored in this browser with a passphrase, so that someone who opens Olé on this device cannot read them.',
  whatTitle: 'What it does, and what it does not',
  whatEncrypted: (rounds: string) =>
    `Encrypted: each case’s name, answers and worksheet, with AES-GCM and a key made from your passphrase (PBKDF2-SHA-256, ${rounds} rounds). The key stays in this tab’s memory only; each new tab or reload asks for the passphrase.`,
  whatForgotten: 'If you forget the passphrase, your cases cannot be recovered by anyone, Olé included.',
  whatPlain:
    'Not encrypted: the mediator directory (public data), your shortlist of mediators and your mentoring preferences.',
  whatExports:
    'Exported case files are plain JSON, not encrypted, so you can open them anywhere: keep them somewhere safe.',
  statusOn: 'Protection is on: your cases are stored encrypted.',
  newPassphrase: 'New passphrase',
  repeatPassphrase: 'Repeat the new passphrase',
  currentPassphrase: 'Current passphrase',
  passphraseHint: (min: number) =>
    `At least ${min} characters. A few unrelated words are easier to remember than a jumble.`,
  turnOn: 'Turn on protection',
  turningOn: 'Encrypting your cases…',
  turnedOn: 'Protection is on. Your cases are now stored encrypted.',
  changeTitle: 'Change the passphrase',
  change: 'Change passphrase',
  changing: 'Re-encrypting your cases…',
  changed: 'Passphrase changed. Every case is now encrypted with the new one.',
  offTitle: 'Turn protection off',
  offText: 'Your cases will be stored unencrypted in this browser again.',
  turnOff: 'Turn off protection',
  turningOff: 'Decrypting your cases…',
  turnedOff: 'Protection is off. Your cases are stored unencrypted again.',
  tooShort: (min: number) => `The passphrase needs at least ${min} characters. Nothing was changed.`,
  mismatch: 'The two new passphrases differ. Nothing was changed.',
  wrongCurrent: 'The current passphrase is not right. Nothing was changed.',
  damagedBlocks:
    'A stored case is damaged and cannot be opened, so it cannot be re-encrypted. Delete it from the home page first. Nothing was changed.',
  failed: (detail: string) => `It did not work, and nothing was changed: every case is as it was. (${detail})`,
  backHome: 'Back to your cases',
  damagedTitle: 'This case cannot be opened',
});
