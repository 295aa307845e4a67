import type { TranslationOf } from '../../../i18n/messages.ts';
import type { autoLockMessages } from '../../cases/auto-lock.messages.ts';

export default {
  title: 'Bloquear automáticamente',
  hint: 'Cuando nadie ha usado Olé durante ese tiempo, los casos se bloquean y se vuelve a pedir la frase de contraseña, también al volver a una pestaña que quedó en segundo plano.',
  after: (minutes: number) => (minutes === 60 ? 'Tras una hora sin uso' : `Tras ${minutes} minutos sin uso`),
  never: 'Nunca: solo al cerrar la pestaña, o con «Bloquear ahora»',
  lockedIdle: (minutes: number) =>
    minutes === 60 ? 'Bloqueado tras una hora sin uso.' : `Bloqueado tras ${minutes} minutos sin uso.`,
} satisfies TranslationOf<typeof autoLockMessages>;
