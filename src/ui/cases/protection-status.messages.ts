// What the home page and any page's errors say about protection: apart from the rest, so the first screen carries only these.
import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

export const protectionStatusMessages = defineMessages('protectionStatus', {
  statusOff: 'Protection is off: your cases are stored unencrypted in this browser.',
  lockNow: 'Lock now',
  manage: 'Protect my cases',
  manageOn: 'Passphrase protection',
  homeOn: 'Your cases are protected with a passphrase.',
  changedElsewhere:
    'Case protection was changed in another tab. Enter the passphrase again; the last change was not saved.',
  damagedCases: (count: number) =>
    plural('en', count, {
      one: 'One stored case cannot be opened: its data was changed or damaged.',
      other: `${count} stored cases cannot be opened: their data was changed or damaged.`,
    }),
  deleteDamaged: 'Delete the damaged cases',
  damagedCase: 'This case cannot be opened: its stored data was changed or damaged. The other cases are not affected.',
  manageLink: 'Change the passphrase or turn protection off',
});
