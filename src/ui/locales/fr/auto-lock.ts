import type { TranslationOf } from '../../../i18n/messages.ts';
import type { autoLockMessages } from '../../cases/auto-lock.messages.ts';

export default {
  title: 'Verrouiller automatiquement',
  hint: 'Quand personne n’a utilisé Olé pendant ce temps, les dossiers se verrouillent et la phrase secrète est redemandée, y compris quand vous revenez à un onglet resté en arrière-plan.',
  after: (minutes: number) =>
    minutes === 60 ? 'Après une heure sans utilisation' : `Après ${minutes} minutes sans utilisation`,
  never: 'Jamais : seulement à la fermeture de l’onglet, ou avec « Verrouiller maintenant »',
  lockedIdle: (minutes: number) =>
    minutes === 60
      ? 'Verrouillé après une heure sans utilisation.'
      : `Verrouillé après ${minutes} minutes sans utilisation.`,
} satisfies TranslationOf<typeof autoLockMessages>;
