import type { TranslationOf } from '../../../i18n/messages.ts';
import type { homeMessages } from '../../pages/home.messages.ts';

export default {
  title: 'اختر وسيلة تسوية نزاعك',
  lead: 'أجب عن أسئلة بسيطة بشأن نزاعك. يرتّب Olé وسائل تسويته، من التفاوض والوساطة إلى التحكيم والتقاضي أمام المحاكم، ويبيّن لك الأسباب. يستغرق ذلك نحو عشر دقائق، ويعمل Olé دون اتصال بالإنترنت، ولا يغادر شيءٌ جهازك.',
  start: 'بدء ملف نزاع جديد',
  yourCases: 'ملفات نزاعك',
  about: 'نبذة عن Olé',
  aboutText:
    'يستند Olé إلى ورقة العمل لتحليل النزاع الصادرة عن International Mediation Institute (IMI). ساعدت ورقة العمل الأطراف على التفكير في نزاعهم بتأنٍّ؛ أما ترتيب وسائل التسوية فإضافة من Olé نفسه، وكل درجة تُظهر الأسباب التي تتكوّن منها.',
  newHere: 'هل أنت جديد على Olé؟ اطّلع على ما يقدّمه للطرف في النزاع، وللمحامي، وللوسيط الناشئ، وللمدرِّب:',
  howLink: 'كيف يعمل Olé',
  trainers: 'هل تدير ورشة عمل؟',
  trainersText: 'سيناريوهات افتراضية للعرض على جهاز العرض، مع مطبوعات للتوزيع ورمز QR لهواتف المشاركين.',
  trainersLink: 'فتح سيناريوهات ورشة العمل',
  pageNotFound: 'الصفحة غير موجودة',
  pageNotFoundText: 'هذا العنوان لا يطابق أي شيء في Olé.',
} satisfies TranslationOf<typeof homeMessages>;
