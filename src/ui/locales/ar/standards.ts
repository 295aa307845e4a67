import type { TranslationOf } from '../../../i18n/messages.ts';
import type { standardsMessages } from '../../pages/standards.messages.ts';

export default {
  title: 'معايير الاعتماد',
  feedNote: 'ينشر السجلّ المعايير الواردة أدناه باللغة الإنجليزية.',
  levels: 'المستويات',
  specialisations: 'التخصصات',
  feedbackDigests: 'ملخّصات التقييمات (Feedback Digests)',
  competencies: 'معايير الكفاءة',
  complaintsRoute: 'إجراءات الشكاوى',
  qaps: 'برامج التقييم المؤهِّلة (QAP)',
  program: 'البرنامج',
  region: 'المنطقة',
  assesses: 'يقيِّم',
} satisfies TranslationOf<typeof standardsMessages>;
