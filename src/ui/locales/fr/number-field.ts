import type { TranslationOf } from '../../../i18n/messages.ts';
import type { numberFieldMessages } from '../../worksheet/number-field.messages.ts';

export default {
  read: (value: string) => `= ${value}`,
  invalid: 'Olé ne peut pas lire ceci comme un nombre.',
  ambiguous: (a: string, b: string) =>
    `Pas clair\u00a0: cela peut se lire ${a} ou ${b}. Saisissez l’une de ces deux formes.`,
  outOfRange: (min: string, max: string) => `Indiquez un nombre compris entre ${min} et ${max}.`,
  kept: (value: string) => `Non enregistré\u00a0: la valeur conservée reste ${value}.`,
  keptNothing: 'Non enregistré\u00a0: ce chiffre reste vide.',
} satisfies TranslationOf<typeof numberFieldMessages>;
