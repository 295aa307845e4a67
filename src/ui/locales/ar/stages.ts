import type { TranslationOf } from '../../../i18n/messages.ts';
import type { stagesMessages } from '../../results/stages.messages.ts';
import { plural } from '../../../i18n/plural.ts';

export default {
  protectionRegion: 'السلامة أولًا',
  source: (citation: string) => `المصدر: ${citation}`,
  howRanked: 'كيف وُضع هذا الترتيب',
  stageGates: (n: number) =>
    plural('ar', n, {
      zero: 'لم تستبعد إجاباتك أيّ خيار.',
      one: 'استبعدت إجاباتك خيارًا واحدًا (مُدرَج في النهاية).',
      two: 'استبعدت إجاباتك خيارين (مُدرَجين في النهاية).',
      few: `استبعدت إجاباتك ${n} خيارات (مُدرَجة في النهاية).`,
      many: `استبعدت إجاباتك ${n} خيارًا (مُدرَجة في النهاية).`,
      other: `استبعدت إجاباتك ${n} خيار (مُدرَجة في النهاية).`,
    }),
  stageEssentials: (goals: string) =>
    `تأتي الخيارات التي يمكن أن تحقّق لك ما قلت إنه أساسي (${goals}) قبل الخيارات التي لا يمكنها ذلك.`,
  stageScores: 'ثم تُرتَّب الخيارات بحسب درجاتها، والدرجة هي مجموع الأسباب المعروضة مع كل خيار.',
  stageTies: (margin: number) =>
    `تُعرض الخيارات التي لا يتجاوز الفرق بين درجاتها ${plural('ar', margin, {
      one: 'نقطة واحدة',
      two: 'نقطتين',
      few: `${margin} نقاط`,
      many: `${margin} نقطة`,
      other: `${margin} نقطة`,
    })} على أنها متعادلة: متقاربة في الملاءمة، وتتقاسم المرتبة نفسها.`,
  tiedWith: (names: string) => `هذا الخيار متقارب في الملاءمة مع ${names}.`,
  lacks: (name: string, text: string) => `${name}: ${text}.`,
  leads: 'وُضع هذا الخيار في المرتبة الأولى حرصًا على السلامة.',
  delivers: (goals: string) => `يمكن لهذا الخيار أن يحقّق لك ما قلت إنه أساسي: ${goals}.`,
  firmness: 'ما مدى ثبات هذا الترتيب؟',
  firmRobust: (checked: number) =>
    `ثابت: لا يوجد سؤال واحد من الأسئلة التي تركتها بلا إجابة من شأنه، بمفرده وأيًّا كانت إجابته، أن يغيّر الخيار الأول (${plural(
      'ar',
      checked,
      {
        one: 'إجابة واحدة غير معروفة، جُرِّبت',
        two: 'إجابتان غير معروفتين، جُرِّبت كلٌّ منهما على حدة',
        few: `${checked} إجابات غير معروفة، جُرِّبت كلٌّ منها على حدة`,
        many: `${checked} إجابة غير معروفة، جُرِّبت كلٌّ منها على حدة`,
        other: `${checked} إجابة غير معروفة، جُرِّبت كلٌّ منها على حدة`,
      },
    )}).`,
  firmOpen: 'قد تغيّر هذه الأسئلة التي لم تُجب عنها الخيارَ الأول. والإجابة عنها تجعل الترتيب أكثر ثباتًا:',
  firmCouldLead: (question: string, names: string) =>
    `قد تضع إجابتك عن السؤال «${question}» ${names} في المرتبة الأولى.`,
  answerIt: 'الإجابة عنه',
  placeTitle: (name: string) => `مكان الفصل في النزاع: ${name}`,
  placeUnknown: 'مكان الفصل في النزاع',
  placeUnknownText:
    'لم تحدّد أين ستفصل محكمة أو هيئة في هذا النزاع، لذا لا يُستبعد أي خيار بسبب المكان. فمحاكم الدعاوى البسيطة، والخطوات الإلزامية قبل اللجوء إلى المحكمة، والفصل المؤقت في عقود التشييد، وأمناء المظالم، كلها تتوقف على البلد.',
  placeOtherText:
    'لا تتوفر لدى Olé بعدُ بيانات عن هذا البلد، لذا لا يُستبعد أي خيار بسبب المكان. فمحاكم الدعاوى البسيطة، والخطوات الإلزامية قبل اللجوء إلى المحكمة، والفصل المؤقت في عقود التشييد، وأمناء المظالم، كلها تتوقف على البلد.',
  placeChecked: (date: string) =>
    `رُوجعت هذه المعلومات في ${date}. القوانين تتغيّر: تحقّق منها لدى محامٍ أو لدى المحكمة قبل الاعتماد عليها.`,
  'note.compulsory-step': 'خطوة إلزامية قبل اللجوء إلى المحكمة',
  'note.small-claims': 'الدعاوى البسيطة',
  'note.adjudication': 'الفصل المؤقت في عقود التشييد',
  'note.ombudsman': 'أمين المظالم',
  'note.treaty': 'الاتفاقيات الدولية',
  labelled: (label: string) => `${label}:`,
  'treaty.newYork': 'اتفاقية نيويورك (أحكام التحكيم)',
  'treaty.singapore': 'اتفاقية سنغافورة (اتفاقات التسوية المنبثقة من الوساطة)',
  'treaty.hague2005': 'Hague Choice of Court Convention 2005 (اتفاقية اختيار المحكمة)',
  'treaty.hague2019': 'Hague Judgments Convention 2019 (الاعتراف بالأحكام القضائية الأجنبية وتنفيذها)',
  'treaty.brusselsIbis': 'Brussels I bis Regulation (الأحكام القضائية في الاتحاد الأوروبي)',
  'treaty.lugano': 'Lugano Convention 2007',
  treatyParty: (since: string) => (since ? `نافذة هنا منذ ${since}` : 'نافذة هنا'),
  treatyNotParty: 'غير نافذة هنا',
  treatyUnknown: 'لم يُتحقَّق منها',
} satisfies TranslationOf<typeof stagesMessages>;
