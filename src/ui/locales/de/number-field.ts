import type { TranslationOf } from '../../../i18n/messages.ts';
import type { numberFieldMessages } from '../../worksheet/number-field.messages.ts';

export default {
  read: (value: string) => `= ${value}`,
  invalid: 'Olé kann dies nicht als Zahl lesen.',
  ambiguous: (a: string, b: string) =>
    `Nicht eindeutig: Dies könnte ${a} oder ${b} bedeuten. Bitte geben Sie eine dieser beiden Formen ein.`,
  outOfRange: (min: string, max: string) => `Bitte geben Sie eine Zahl von ${min} bis ${max} ein.`,
  kept: (value: string) => `Nicht gespeichert: ${value} bleibt erhalten.`,
  keptNothing: 'Nicht gespeichert: Dieses Feld bleibt leer.',
} satisfies TranslationOf<typeof numberFieldMessages>;
