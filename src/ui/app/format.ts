// Numbers and dates as a person reads them, in the interface's language (follows a switch when read in JSX).
import { appMessages } from './app.messages.ts';
import { withRegion } from '../../i18n/locale.ts';
import { locale, t } from './i18n.ts';

/**
 * The interface language with the browser's region: numbers and dates are written in it (and numbers read back from
 * fields), so English in a British browser writes 1 December 2026 and 01/12/2026, not December 1.
 */
export const numberLocale = (): string => withRegion(locale(), globalThis.navigator?.language);

// An Intl formatter costs far more to make than to use: a directory page of cards would make dozens per keystroke.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  at: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind} ${at} ${JSON.stringify(options)}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}
const numbers = (options: Intl.NumberFormatOptions = {}, at = numberLocale()) =>
  cached('number', at, options, () => new Intl.NumberFormat(at, options));
const dates = (options: Intl.DateTimeFormatOptions, at = numberLocale()) =>
  cached('date', at, options, () => new Intl.DateTimeFormat(at, options));
const lists = (options: Intl.ListFormatOptions, at: string = locale()) =>
  cached('list', at, options, () => new Intl.ListFormat(at, options));

export function formatDate(iso: string): string {
  return dates({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

const caseDay = (at: Date) => dates({ dateStyle: 'medium' }).format(at);

export function defaultCaseTitle(now = new Date()): string {
  return t(appMessages).caseOf(caseDay(now));
}

/** A case named from what the dispute is about and the day it was started: "A contract between businesses, 1 Dec 2026". */
export function caseTitleAbout(dispute: string, createdAt: string): string {
  return t(appMessages).caseAbout(dispute, caseDay(new Date(createdAt)));
}

/** A day ("2026-03-01") or the day of a moment ("2026-03-01T09:00:00Z", in the device's time zone), written out. */
export function formatDay(iso: string): string {
  // A bare date is a calendar day: read in UTC, or west of Greenwich it would show the day before.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined;
  return dates({ dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** "1,234" in English, "1 234" in French, "1234" in Spanish (four digits are not grouped there). */
export function formatNumber(value: number): string {
  return numbers().format(value);
}

/** A percentage given in percent (12.5 is "12.5%" in English, "12,5 %" in French), every decimal kept. */
export function formatPercent(value: number): string {
  return numbers({ style: 'percent', maximumFractionDigits: 10 }).format(value / 100);
}

function money(value: number, options: Intl.NumberFormatOptions): string {
  // A true minus sign joined to the amount, so a line never breaks between them.
  return numbers({ style: 'currency', ...options })
    .format(value)
    .replace('-', '\u2212\u2060');
}

/** An amount in a currency (ISO 4217 code), e.g. "1 200 €" in French, "€1,200" in English. */
export function formatMoney(value: number, currency: string): string {
  return money(value, { currency, maximumFractionDigits: 0 });
}

/** An amount with its cents, if it has any ("1 200,50 €"): what a field read from what was typed. */
export function formatMoneyAsTyped(value: number, currency: string): string {
  return money(value, {
    currency,
    maximumFractionDigits: 20,
    ...(Number.isInteger(value) && { minimumFractionDigits: 0 }),
  });
}

/** "A, B and C" / "A, B et C" / "A, B y C". */
export function formatList(items: readonly string[]): string {
  return lists({ type: 'conjunction' }).format(items);
}

/** A short list of names, as a card or table lists them: "English, French, Spanish", with the language's own comma. */
export function formatShortList(items: readonly string[]): string {
  return lists({ type: 'unit', style: 'short' }).format(items);
}
