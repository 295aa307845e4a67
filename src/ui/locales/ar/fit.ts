import type { TranslationOf } from '../../../i18n/messages.ts';
import type { fitMessages } from '../../directory/fit.messages.ts';
import { plural } from '../../../i18n/plural.ts';

// Each phrase is said of the mediator, in the generic masculine of «الوسيط».
export default {
  'area-match': 'يعمل في مجال نزاعك',
  'area-missing': 'لا يذكر مجال نزاعك',
  'speaks-needed': (names: string) => `يتحدّث ${names}، وهو ما تحتاج إليه`,
  'speaks-none': 'لا يتحدّث أيًّا من اللغات التي تحتاج إليها',
  'works-in': (names: string) => `يعمل في ${names}`,
  'online-distance': 'يتولّى الوساطة عبر الإنترنت، فلا أهمية للمسافة',
  'not-where': 'لا يعمل حيث توجد',
  'certified.certified-mediator': 'وسيط معتمَد من IMI',
  'certified.intercultural': 'معتمَد في الكفاءة بين الثقافات، وهي مفيدة في النزاعات العابرة للحدود والثقافات',
  'certified.investor-state': 'معتمَد في الوساطة بين المستثمر والدولة',
  'certified.online': 'معتمَد في الوساطة عبر الإنترنت',
  'certified.mediation-advocate': 'معتمَد بصفة محامٍ مرافق في الوساطة',
  'not-investor-state': 'غير معتمَد في الوساطة بين المستثمر والدولة',
  style: (names: string) => `يعمل وفق الأسلوب ${names}، كما يتطلّب نزاعك`,
  evaluation: 'يبدي رأيًا في موضوع النزاع عند الطلب',
  'multi-party': 'لديه خبرة في النزاعات متعددة الأطراف',
  'experience-unknown': 'لا يذكر عدد سنوات ممارسته (ولا يُحتسب ذلك ضده)',
  experience: (n: number) =>
    plural('ar', n, {
      zero: 'لم يُتمّ سنة من الممارسة بعد',
      one: 'يمارس المهنة منذ سنة واحدة',
      two: 'يمارس المهنة منذ سنتين',
      few: `يمارس المهنة منذ ${n} سنوات`,
      many: `يمارس المهنة منذ ${n} سنة`,
      other: `يمارس المهنة منذ ${n} سنة`,
    }),
  mediations: (n: number, count: string) =>
    plural('ar', n, {
      zero: 'لم يتولَّ أي وساطة بعد',
      one: 'تولّى وساطة واحدة',
      two: 'تولّى وساطتين',
      few: `تولّى ${count} وساطات`,
      many: `تولّى ${count} وساطة`,
      other: `تولّى ${count} وساطة`,
    }),
  'digest-current': 'لديه ملخّص تقييمات (Feedback Digest) ساري',
  'digest-grace': 'معتمَد حديثًا؛ ولم يحن بعد موعد ملخّص التقييمات (Feedback Digest)',
  'digest-missing': 'ليس لديه ملخّص تقييمات (Feedback Digest) ساري',
  'nationality-shared': 'يحمل جنسية أحد الطرفين',
  'nationality-neither': 'لا يحمل جنسية أيٍّ من الطرفين',
  'mentor-near': (names: string) => `يعمل في ${names}، حيث توجد`,
  'mentor-region': (names: string) => `يعمل في منطقتك (${names})`,
  'mentor-online': 'يتولّى الوساطة عبر الإنترنت، فيمكنك المشاركة عن بُعد',
  'mentor-speaks': (names: string) => `يتحدّث ${names}`,
  'mentor-no-language': 'لا يتحدّث أيًّا من لغاتك',
  'mentor-area': (names: string) => `يعمل في مجال ${names}، وهو ما يهمّك`,
  'mentor-role': (names: string) => `يتيح للمتدرّبين ${names}`,
  'mentor-no-role': 'لا يقدّم ما تبحث عنه',
  'mentor-digest-stale': 'لديه ملخّص تقييمات (Feedback Digest) منتهي الصلاحية',
} satisfies TranslationOf<typeof fitMessages>;
