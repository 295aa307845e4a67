import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

// "I forgot my passphrase": what erasing the protected cases takes and keeps, asked in two steps.
export const forgetPassphraseMessages = defineMessages('forgetPassphrase', {
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
});
