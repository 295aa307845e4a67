import type { TranslationOf } from '../../../i18n/messages.ts';
import type { layoutMessages } from '../../components/layout.messages.ts';

export default {
  skipToContent: 'Zum Inhalt springen',
  home: 'Olé-Startseite',
  mainNav: 'Hauptnavigation',
  cases: 'Fälle',
  mediators: 'Mediatoren',
  standards: 'Standards',
  workshop: 'Workshop',
  notLegalAdvice: 'Keine Rechtsberatung.',
  notLegalAdviceMore:
    'Olé hilft Ihnen, Ihre Möglichkeiten zu durchdenken; für eine Beratung zu Ihrem Fall wenden Sie sich an eine qualifizierte Beraterin oder einen qualifizierten Berater.',
  privacy:
    'Ihre Antworten bleiben auf diesem Gerät. Olé sendet nichts, es sei denn, Sie exportieren oder teilen etwas.',
  how: 'So funktioniert Olé',
  darkTheme: 'Dunkles Design',
  documentTitle: 'Olé: wählen, wie eine Streitigkeit beigelegt wird',
  description:
    'Olé hilft Ihnen zu wählen, wie und mit wem eine Streitigkeit beigelegt wird. Ihre Antworten bleiben auf Ihrem Gerät.',
  pageTitle: (page: string) => `${page} – Olé`,
} satisfies TranslationOf<typeof layoutMessages>;
