import { defineMessages } from '../../i18n/messages.ts';

export const autoLockMessages = defineMessages(
  {
    title: 'Lock automatically',
    hint: 'When nobody has used Olé for this long, the cases lock and the passphrase is asked for again, also when you come back to a tab left in the background.',
    after: (minutes: number) => (minutes === 60 ? 'After an hour without use' : `After ${minutes} minutes without use`),
    never: 'Never: only when the tab is closed, or with “Lock now”',
    lockedIdle: (minutes: number) =>
      minutes === 60 ? 'Locked after an hour without use.' : `Locked after ${minutes} minutes without use.`,
  },
  {
    fr: {
      title: 'Verrouiller automatiquement',
      hint: 'Quand personne n’a utilisé Olé pendant ce temps, les dossiers se verrouillent et la phrase secrète est redemandée, y compris quand vous revenez à un onglet resté en arrière-plan.',
      after: (minutes: number) =>
        minutes === 60 ? 'Après une heure sans utilisation' : `Après ${minutes} minutes sans utilisation`,
      never: 'Jamais : seulement à la fermeture de l’onglet, ou avec « Verrouiller maintenant »',
      lockedIdle: (minutes: number) =>
        minutes === 60
          ? 'Verrouillé après une heure sans utilisation.'
          : `Verrouillé après ${minutes} minutes sans utilisation.`,
    },
    es: {
      title: 'Bloquear automáticamente',
      hint: 'Cuando nadie ha usado Olé durante ese tiempo, los casos se bloquean y se vuelve a pedir la frase de contraseña, también al volver a una pestaña que quedó en segundo plano.',
      after: (minutes: number) => (minutes === 60 ? 'Tras una hora sin uso' : `Tras ${minutes} minutos sin uso`),
      never: 'Nunca: solo al cerrar la pestaña, o con «Bloquear ahora»',
      lockedIdle: (minutes: number) =>
        minutes === 60 ? 'Bloqueado tras una hora sin uso.' : `Bloqueado tras ${minutes} minutos sin uso.`,
    },
  },
);
