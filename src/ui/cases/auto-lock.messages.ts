import { defineMessages } from '../../i18n/messages.ts';

export const autoLockMessages = defineMessages('autoLock', {
  title: 'Lock automatically',
  hint: 'When nobody has used Olé for this long, the cases lock and the passphrase is asked for again, also when you come back to a tab left in the background.',
  after: (minutes: number) => (minutes === 60 ? 'After an hour without use' : `After ${minutes} minutes without use`),
  never: 'Never: only when the tab is closed, or with “Lock now”',
  lockedIdle: (minutes: number) =>
    minutes === 60 ? 'Locked after an hour without use.' : `Locked after ${minutes} minutes without use.`,
});
