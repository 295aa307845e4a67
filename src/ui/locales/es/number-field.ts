import type { TranslationOf } from '../../../i18n/messages.ts';
import type { numberFieldMessages } from '../../worksheet/number-field.messages.ts';

export default {
  read: (value: string) => `= ${value}`,
  invalid: 'Olé no puede leer esto como un número.',
  ambiguous: (a: string, b: string) => `No está claro: puede ser ${a} o ${b}. Escríbalo de una de esas dos formas.`,
  outOfRange: (min: string, max: string) => `Indique un número entre ${min} y ${max}.`,
  kept: (value: string) => `No se ha guardado: se mantiene ${value}.`,
  keptNothing: 'No se ha guardado: este dato sigue vacío.',
} satisfies TranslationOf<typeof numberFieldMessages>;
