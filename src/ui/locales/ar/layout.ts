import type { TranslationOf } from '../../../i18n/messages.ts';
import type { layoutMessages } from '../../components/layout.messages.ts';

export default {
  skipToContent: 'الانتقال إلى المحتوى',
  home: 'الصفحة الرئيسية لـ Olé',
  mainNav: 'القائمة الرئيسية',
  cases: 'ملفات النزاع',
  mediators: 'الوسطاء',
  standards: 'المعايير',
  workshop: 'ورشة العمل',
  notLegalAdvice: 'ليس استشارة قانونية.',
  notLegalAdviceMore: 'يساعدك Olé على التفكير في خياراتك؛ وللحصول على مشورة بشأن نزاعك، استشر مستشارًا مؤهَّلًا.',
  privacy: 'تبقى إجاباتك على هذا الجهاز. لا يرسل Olé شيئًا إلى أي مكان إلا إذا صدّرت أو شاركت.',
  how: 'كيف يعمل Olé',
  darkTheme: 'المظهر الداكن',
  documentTitle: 'Olé: اختيار وسيلة تسوية النزاع',
  description: 'يساعدك Olé على اختيار وسيلة تسوية نزاعك، ومع من. تبقى إجاباتك على جهازك.',
  pageTitle: (page: string) => `${page} – Olé`,
} satisfies TranslationOf<typeof layoutMessages>;
