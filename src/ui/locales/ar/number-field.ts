import type { TranslationOf } from '../../../i18n/messages.ts';
import type { numberFieldMessages } from '../../worksheet/number-field.messages.ts';

export default {
  read: (value: string) => `= ${value}`,
  invalid: 'هذا ليس رقمًا يستطيع Olé قراءته.',
  ambiguous: (a: string, b: string) => `غير واضح: قد يُقرأ هذا ${a} أو ${b}. يُرجى كتابة إحدى هاتين الصيغتين.`,
  outOfRange: (min: string, max: string) => `يُرجى إدخال رقم من ${min} إلى ${max}.`,
  kept: (value: string) => `لم يُحفظ: تبقى القيمة ${value}.`,
  keptNothing: 'لم يُحفظ: يبقى هذا الرقم فارغًا.',
} satisfies TranslationOf<typeof numberFieldMessages>;
