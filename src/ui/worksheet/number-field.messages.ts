// What a number field says about what was typed: the number as read, or why nothing was saved.
import { defineMessages } from '../../i18n/messages.ts';

export const numberFieldMessages = defineMessages(
  {
    read: (value: string) => `= ${value}`,
    invalid: 'This is not a number Olé can read.',
    ambiguous: (a: string, b: string) => `Unclear: this could be ${a} or ${b}. Please type one of these.`,
    outOfRange: (min: string, max: string) => `Please enter a number from ${min} to ${max}.`,
    kept: (value: string) => `Not saved: ${value} is kept.`,
    keptNothing: 'Not saved: this figure stays empty.',
  },
  {
    fr: {
      read: (value: string) => `= ${value}`,
      invalid: 'Olé ne peut pas lire ceci comme un nombre.',
      ambiguous: (a: string, b: string) =>
        `Pas clair\u00a0: cela peut se lire ${a} ou ${b}. Saisissez l’une de ces deux formes.`,
      outOfRange: (min: string, max: string) => `Indiquez un nombre compris entre ${min} et ${max}.`,
      kept: (value: string) => `Non enregistré\u00a0: la valeur conservée reste ${value}.`,
      keptNothing: 'Non enregistré\u00a0: ce chiffre reste vide.',
    },
    es: {
      read: (value: string) => `= ${value}`,
      invalid: 'Olé no puede leer esto como un número.',
      ambiguous: (a: string, b: string) => `No está claro: puede ser ${a} o ${b}. Escríbalo de una de esas dos formas.`,
      outOfRange: (min: string, max: string) => `Indique un número entre ${min} y ${max}.`,
      kept: (value: string) => `No se ha guardado: se mantiene ${value}.`,
      keptNothing: 'No se ha guardado: este dato sigue vacío.',
    },
  },
);
