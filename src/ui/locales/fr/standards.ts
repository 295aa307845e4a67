import type { TranslationOf } from '../../../i18n/messages.ts';
import type { standardsMessages } from '../../pages/standards.messages.ts';

export default {
  title: 'Normes de certification',
  feedNote: 'Les normes ci-dessous sont publiées par le registre en anglais.',
  levels: 'Niveaux',
  specialisations: 'Spécialisations',
  feedbackDigests: 'Synthèses d’évaluations (Feedback Digests)',
  competencies: 'Critères de compétence',
  complaintsRoute: 'Procédure de réclamation',
  qaps: 'Programmes d’évaluation qualifiants (QAP)',
  program: 'Programme',
  region: 'Région',
  assesses: 'Évalue',
} satisfies TranslationOf<typeof standardsMessages>;
