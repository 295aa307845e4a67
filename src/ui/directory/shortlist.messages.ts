import { defineMessages } from '../../i18n/messages.ts';

// A shortlist's mediators who are no longer listed, named with the reason, instead of dropped without a word.
export const shortlistMessages = defineMessages('shortlist', {
  goneHeading: 'No longer listed',
  revokedNamed: (name: string, date: string, reason: string) =>
    `${name} is no longer certified: certification withdrawn on ${date} (${reason}).`,
  revokedUnnamed: (id: string, date: string, reason: string) =>
    `A mediator on this list (${id}) is no longer certified: certification withdrawn on ${date} (${reason}); the register no longer holds the profile.`,
  notListed: (name: string, why: string) => `${name} is no longer listed: ${why}.`,
  notHeld: (id: string) =>
    `A mediator on this list (${id}) is not in the registry held on this device: they may have left the register, or this copy is older than the one the list was made from.`,
  checkForUpdates: 'Checking for directory updates tells you which.',
  'reason.conduct': 'a breach of the code of conduct',
  'reason.complaint-upheld': 'a complaint upheld',
  'reason.lapsed': 'certification lapsed',
  'reason.voluntary': 'withdrawn at the mediator’s request',
  'reason.other': 'another reason',
  removeGone: 'Remove from the list',
});
