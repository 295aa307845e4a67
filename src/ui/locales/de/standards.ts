import type { TranslationOf } from '../../../i18n/messages.ts';
import type { standardsMessages } from '../../pages/standards.messages.ts';

export default {
  title: 'Zertifizierungsstandards',
  feedNote: 'Die folgenden Standards werden vom Register auf Englisch veröffentlicht.',
  levels: 'Stufen',
  specialisations: 'Spezialisierungen',
  feedbackDigests: 'Feedback-Übersichten (Feedback Digests)',
  competencies: 'Kompetenzkriterien',
  complaintsRoute: 'Beschwerdeverfahren',
  qaps: 'Qualifying Assessment Programs (QAP)',
  program: 'Programm',
  region: 'Region',
  assesses: 'Prüft',
} satisfies TranslationOf<typeof standardsMessages>;
