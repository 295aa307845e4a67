import { defineMessages } from '../../i18n/messages.ts';

export const homeMessages = defineMessages('home', {
  title: 'Choose how to resolve your dispute',
  lead: 'Answer plain questions about your dispute. Olé ranks the ways to resolve it, from negotiation and mediation to arbitration and court, and tells you why. It takes about ten minutes, works offline, and nothing leaves your device.',
  start: 'Start a new case',
  yourCases: 'Your cases',
  about: 'About Olé',
  aboutText:
    'Olé builds on the case-analysis worksheet of the International Mediation Institute (IMI). The worksheet helped parties think a case through; the ranking of processes is Olé’s own addition, and every score shows the reasons that add up to it.',
  newHere: 'New to Olé? See what it does for a party, counsel, a young mediator or a trainer:',
  howLink: 'How Olé works',
  trainers: 'Running a workshop?',
  trainersText: 'Fictional scenarios to present on a projector, with handouts and a QR code for participants’ phones.',
  trainersLink: 'Open the workshop scenarios',
  pageNotFound: 'Page not found',
  pageNotFoundText: 'This address does not match anything in Olé.',
});
