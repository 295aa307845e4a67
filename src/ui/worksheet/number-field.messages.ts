// What a number field says about what was typed: the number as read, or why nothing was saved.
import { defineMessages } from '../../i18n/messages.ts';

export const numberFieldMessages = defineMessages('numberField', {
  read: (value: string) => `= ${value}`,
  invalid: 'This is not a number Olé can read.',
  ambiguous: (a: string, b: string) => `Unclear: this could be ${a} or ${b}. Please type one of these.`,
  outOfRange: (min: string, max: string) => `Please enter a number from ${min} to ${max}.`,
  kept: (value: string) => `Not saved: ${value} is kept.`,
  keptNothing: 'Not saved: this figure stays empty.',
});
