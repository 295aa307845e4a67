import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionStatusMessages } from '../../cases/protection-status.messages.ts';

export default {
  statusOff: 'الحماية غير مفعَّلة: ملفات نزاعك محفوظة في هذا المتصفح دون تشفير.',
  lockNow: 'القفل الآن',
  manage: 'حماية ملفات نزاعي',
  manageOn: 'الحماية بعبارة المرور',
  homeOn: 'ملفات نزاعك محمية بعبارة مرور.',
  changedElsewhere: 'تغيّرت حماية ملفات النزاع في علامة تبويب أخرى. أدخل عبارة المرور من جديد؛ لم يُحفظ التعديل الأخير.',
  damagedCases: (count: number) =>
    plural('ar', count, {
      one: 'يتعذّر فتح ملف نزاع محفوظ واحد: فقد غُيِّرت بياناته أو تلفت.',
      two: 'يتعذّر فتح ملفَي نزاع محفوظين: فقد غُيِّرت بياناتهما أو تلفت.',
      few: `يتعذّر فتح ${count} ملفات نزاع محفوظة: فقد غُيِّرت بياناتها أو تلفت.`,
      many: `يتعذّر فتح ${count} ملف نزاع محفوظًا: فقد غُيِّرت بياناتها أو تلفت.`,
      other: `يتعذّر فتح ${count} ملف نزاع محفوظ: فقد غُيِّرت بياناتها أو تلفت.`,
    }),
  deleteDamaged: 'حذف ملفات النزاع التالفة',
  damagedCase: 'يتعذّر فتح ملف النزاع هذا: فقد غُيِّرت بياناته المحفوظة أو تلفت. ولا تتأثر ملفات النزاع الأخرى.',
  manageLink: 'تغيير عبارة المرور أو إيقاف الحماية',
} satisfies TranslationOf<typeof protectionStatusMessages>;
