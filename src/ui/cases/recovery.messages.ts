import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

// The ways out of a locked device: new and imported cases while locked, and "I forgot my passphrase".
export const recoveryMessages = defineMessages('recovery', {
  lockedCount: (count: number) =>
    plural('en', count, { one: 'One protected case is locked.', other: `${count} protected cases are locked.` }),
  storedWhileLocked:
    'While your cases are locked, a case you start or import is stored unencrypted on this device: it is not protected until you unlock, and is encrypted with the others then.',
  notProtectedYet: 'Not protected yet: stored unencrypted until you unlock.',
  caseNotProtected:
    'This case is not protected yet: your cases are locked, so it is stored unencrypted on this device until you unlock them.',
  sealedAtUnlock: (count: number) =>
    plural('en', count, {
      one: 'One case started or imported while locked is now protected too.',
      other: `${count} cases started or imported while locked are now protected too.`,
    }),
  forgotten:
    'Forgotten it? Nobody can recover it or your protected cases, Olé included: there is no copy and no reset. You can still start a new case or import a case file on the home page, or erase the protected cases and start afresh.',
  forgot: 'I forgot my passphrase',
  stepOneTitle: 'Erase the protected cases and start afresh?',
  erased: (count: number) =>
    count === 0
      ? 'Erased for good: the passphrase protection (no case is stored under it).'
      : plural('en', count, {
          one: 'Erased for good: the protected case on this device, with any of its changes still waiting to be saved, and the passphrase protection.',
          other: `Erased for good: the ${count} protected cases on this device, with any of their changes still waiting to be saved, and the passphrase protection.`,
        }),
  kept: (plain: number) =>
    plain === 0
      ? 'Kept: the mediator directory, your shortlist and your other settings.'
      : plural('en', plain, {
          one: 'Kept: the case that is not protected (started or imported while locked), the mediator directory, your shortlist and your other settings.',
          other: `Kept: the ${plain} cases that are not protected (started or imported while locked), the mediator directory, your shortlist and your other settings.`,
        }),
  noWayBack:
    'Nobody can bring erased cases back, Olé included. A case you exported to a file earlier can be imported again afterwards.',
  continue: 'Continue',
  cancel: 'Cancel',
  stepTwoTitle: 'Last step: this cannot be undone',
  confirm: (count: number) =>
    count === 0
      ? 'Erase the protection'
      : plural('en', count, {
          one: 'Erase the protected case for good',
          other: `Erase the ${count} protected cases for good`,
        }),
  keep: 'Cancel: erase nothing',
  erasing: 'Erasing…',
  changed: 'The protected cases changed in another tab, so nothing was erased. Check what is listed and confirm again.',
  erasedDone: (count: number) =>
    count === 0
      ? 'Protection is off. You can start a new case, or import a case file.'
      : plural('en', count, {
          one: 'The protected case was erased and protection is off. You can start a new case, or import a case file.',
          other: `${count} protected cases were erased and protection is off. You can start a new case, or import a case file.`,
        }),
  deleted: (title: string) => `“${title}” deleted.`,
});
