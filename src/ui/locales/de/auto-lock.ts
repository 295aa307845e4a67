import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { autoLockMessages } from '../../cases/auto-lock.messages.ts';

const minutesOf = (minutes: number) => plural('de', minutes, { one: '1 Minute', other: `${minutes} Minuten` });

export default {
  title: 'Automatisch sperren',
  hint: 'Wenn Olé so lange nicht benutzt wurde, werden die Fälle gesperrt und die Passphrase wird erneut abgefragt, auch wenn Sie zu einem im Hintergrund gebliebenen Tab zurückkehren.',
  after: (minutes: number) =>
    minutes === 60 ? 'Nach einer Stunde ohne Nutzung' : `Nach ${minutesOf(minutes)} ohne Nutzung`,
  never: 'Nie: nur beim Schließen des Tabs oder mit „Jetzt sperren“',
  lockedIdle: (minutes: number) =>
    minutes === 60 ? 'Nach einer Stunde ohne Nutzung gesperrt.' : `Nach ${minutesOf(minutes)} ohne Nutzung gesperrt.`,
} satisfies TranslationOf<typeof autoLockMessages>;
