import type { TranslationOf } from '../../../i18n/messages.ts';
import type { homeMessages } from '../../pages/home.messages.ts';

export default {
  title: 'Wählen Sie, wie Ihre Streitigkeit beigelegt werden soll',
  lead: 'Beantworten Sie einfache Fragen zu Ihrer Streitigkeit. Olé ordnet die Wege zu ihrer Beilegung, von der Verhandlung und der Mediation bis zum Schiedsverfahren und zum staatlichen Gericht, und erklärt Ihnen, warum. Das dauert etwa zehn Minuten, funktioniert offline, und nichts verlässt Ihr Gerät.',
  start: 'Neuen Fall anlegen',
  yourCases: 'Ihre Fälle',
  about: 'Über Olé',
  aboutText:
    'Olé beruht auf dem Arbeitsblatt zur Fallanalyse des International Mediation Institute (IMI). Das Arbeitsblatt half den Parteien, einen Fall gründlich zu durchdenken; die Rangfolge der Verfahren ist eine eigene Ergänzung von Olé, und jede Punktzahl zeigt die Gründe, aus denen sie sich zusammensetzt.',
  newHere:
    'Neu bei Olé? Sehen Sie, was es für eine Partei, eine anwaltliche Vertretung, Nachwuchsmediatoren oder Trainer leistet:',
  howLink: 'So funktioniert Olé',
  trainers: 'Sie leiten einen Workshop?',
  trainersText:
    'Fiktive Fallbeispiele zur Präsentation mit dem Beamer, mit Handouts und einem QR-Code für die Smartphones der Teilnehmenden.',
  trainersLink: 'Fallbeispiele für Workshops öffnen',
  pageNotFound: 'Seite nicht gefunden',
  pageNotFoundText: 'Diese Adresse entspricht keiner Seite in Olé.',
} satisfies TranslationOf<typeof homeMessages>;
