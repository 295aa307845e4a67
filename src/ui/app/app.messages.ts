import { defineMessages } from '../../i18n/messages.ts';

export const appMessages = defineMessages('app', {
  quotaExceeded:
    'Your device is out of storage space, so the last change was not saved. Free some space and try again; everything saved before is safe.',
  storageRefused: 'Your browser refused to save (private mode or storage turned off?). Your earlier answers are safe.',
  couldNotSave: (detail: string) => `Could not save: ${detail}`,
  caseGone: 'Not saved: this case no longer exists on this device (was it deleted in another tab?).',
  caseOf: (date: string) => `Case of ${date}`,
  caseAbout: (dispute: string, date: string) => `${dispute}, ${date}`,
  copyOf: (title: string) => `${title} (copy)`,
  language: 'Language',
});
