import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { recoveryMessages } from '../../cases/recovery.messages.ts';

export default {
  lockedCount: (count: number) =>
    plural('de', count, {
      one: 'Ein geschützter Fall ist gesperrt.',
      other: `${count} geschützte Fälle sind gesperrt.`,
    }),
  storedWhileLocked:
    'Solange Ihre Fälle gesperrt sind, wird ein Fall, den Sie anlegen oder importieren, unverschlüsselt auf diesem Gerät gespeichert: Er ist erst geschützt, wenn Sie entsperren, und wird dann zusammen mit den anderen verschlüsselt.',
  notProtectedYet: 'Noch nicht geschützt: bis zum Entsperren unverschlüsselt gespeichert.',
  caseNotProtected:
    'Dieser Fall ist noch nicht geschützt: Ihre Fälle sind gesperrt, daher wird er auf diesem Gerät unverschlüsselt gespeichert, bis Sie sie entsperren.',
  sealedAtUnlock: (count: number) =>
    plural('de', count, {
      one: 'Ein während der Sperre angelegter oder importierter Fall ist jetzt ebenfalls geschützt.',
      other: `${count} während der Sperre angelegte oder importierte Fälle sind jetzt ebenfalls geschützt.`,
    }),
  erasedDone: (count: number) =>
    count === 0
      ? 'Der Schutz ist ausgeschaltet. Sie können einen neuen Fall anlegen oder eine Falldatei importieren.'
      : plural('de', count, {
          one: 'Der geschützte Fall wurde gelöscht und der Schutz ist ausgeschaltet. Sie können einen neuen Fall anlegen oder eine Falldatei importieren.',
          other: `${count} geschützte Fälle wurden gelöscht und der Schutz ist ausgeschaltet. Sie können einen neuen Fall anlegen oder eine Falldatei importieren.`,
        }),
  deleted: (title: string) => `„${title}“ gelöscht.`,
} satisfies TranslationOf<typeof recoveryMessages>;
