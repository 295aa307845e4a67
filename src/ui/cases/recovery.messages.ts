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
  erasedDone: (count: number) =>
    count === 0
      ? 'Protection is off. You can start a new case, or import a case file.'
      : plural('en', count, {
          one: 'The protected case was erased and protection is off. You can start a new case, or import a case file.',
          other: `${count} protected cases were erased and protection is off. You can start a new case, or import a case file.`,
        }),
  deleted: (title: string) => `“${title}” deleted.`,
});
