import type { TranslationOf } from '../../../i18n/messages.ts';
import type { standardsMessages } from '../../pages/standards.messages.ts';

export default {
  title: 'Normas de certificación',
  feedNote: 'El registro publica en inglés las normas que aparecen abajo.',
  levels: 'Niveles',
  specialisations: 'Especializaciones',
  feedbackDigests: 'Resúmenes de valoraciones (Feedback Digests)',
  competencies: 'Criterios de competencia',
  complaintsRoute: 'Procedimiento de quejas',
  qaps: 'Programas de evaluación cualificados (QAP)',
  program: 'Programa',
  region: 'Región',
  assesses: 'Evalúa',
} satisfies TranslationOf<typeof standardsMessages>;
