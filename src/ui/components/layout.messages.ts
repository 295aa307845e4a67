import { defineMessages } from '../../i18n/messages.ts';

export const layoutMessages = defineMessages('layout', {
  skipToContent: 'Skip to content',
  home: 'Olé home',
  mainNav: 'Main',
  cases: 'Cases',
  mediators: 'Mediators',
  standards: 'Standards',
  workshop: 'Workshop',
  notLegalAdvice: 'Not legal advice.',
  notLegalAdviceMore: 'Olé helps you think about your options; for advice on your case, speak to a qualified adviser.',
  privacy: 'Your answers stay on this device. Olé sends nothing anywhere unless you export or share.',
  how: 'How Olé works',
  darkTheme: 'Dark theme',
  documentTitle: 'Olé: choose how to resolve a dispute',
  description: 'Olé helps you choose how to resolve a dispute, and with whom. Your answers stay on your device.',
  pageTitle: (page: string) => `${page} – Olé`,
});
