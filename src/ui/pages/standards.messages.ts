import { defineMessages } from '../../i18n/messages.ts';

export const standardsMessages = defineMessages('standards', {
  title: 'Certification standards',
  feedNote: 'The standards below are published by the registry in English.',
  levels: 'Levels',
  specialisations: 'Specialisations',
  feedbackDigests: 'Feedback Digests',
  competencies: 'Competency criteria',
  complaintsRoute: 'Complaints route',
  qaps: 'Qualifying Assessment Programs',
  program: 'Program',
  region: 'Region',
  assesses: 'Assesses',
});
