// What a number field holds (money, a percentage, a count): how it is read, shown in the field and echoed.
import { writeNumber } from '../../domain/worksheet/number-style.ts';
import { readNumber, type NumberReading } from '../../domain/worksheet/read-number.ts';
import { formatMoneyAsTyped, formatNumber, formatPercent, numberLocale } from '../app/format.ts';

export type NumberUnit = { readonly kind: 'money'; readonly currency: string } | { readonly kind: 'percent' | 'count' };

// Money is read as the currency format writes it, which in some locales differs from plain numbers (en-DE: €1,234 but 1.234).
const intlOptions = (unit: NumberUnit): Intl.NumberFormatOptions =>
  unit.kind === 'money' ? { style: 'currency', currency: unit.currency } : {};

export const readIn = (unit: NumberUnit, text: string): NumberReading =>
  readNumber(text, numberLocale(), intlOptions(unit));

/** The stored number as the field shows it: the digits and separators of the locale, no sign of the unit. */
export const writeIn = (unit: NumberUnit, value: number): string =>
  writeNumber(value, numberLocale(), intlOptions(unit));

/** The number with its unit, as the field says it understood it. */
export function echoIn(unit: NumberUnit, value: number): string {
  if (unit.kind === 'money') return formatMoneyAsTyped(value, unit.currency);
  return unit.kind === 'percent' ? formatPercent(value) : formatNumber(value);
}
