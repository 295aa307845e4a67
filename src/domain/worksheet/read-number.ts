// Reads a number typed in the person's own format ("500.000" in Spanish is half a million); the rules are in README.md.
import { numberStyle, plainSeparators, type NumberStyle } from './number-style.ts';

export type NumberReading =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' }
  /** Two readings that differ, each a value the person could have meant; the locale's own reading first. */
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly readings: readonly number[] };

/** The other common ways of writing a number, tried when the entry is not in the locale's own format. */
const OTHER_STYLES: readonly NumberStyle[] = (
  [
    [',', '.'],
    ['.', ','],
    [' ', '.'],
    [' ', ','],
    ["'", '.'],
  ] as const
).map(([group, decimal]) => ({ group, decimal, primary: 3, secondary: 3 }));

type Parsed = { readonly value: number; readonly grouped: boolean };

/** The body read in one style: groups of the right sizes, at most one decimal separator, digits after it. */
function parseIn(body: string, style: NumberStyle): Parsed | undefined {
  const foreign = body.replace(/\d/g, '').replaceAll(style.group, '').replaceAll(style.decimal, '');
  if (foreign !== '') return undefined;
  const [whole = '', fraction, ...more] = body.split(style.decimal);
  if (more.length > 0 || fraction === '' || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  const groups = whole.split(style.group);
  if (groups.length > 1 && !groupsFit(groups, style)) return undefined;
  const digits = groups.join('');
  if (digits === '' && fraction === undefined) return undefined;
  return { value: Number(`${digits || '0'}.${fraction ?? '0'}`), grouped: groups.length > 1 };
}

/** 1 234 567: the first group 1 to `secondary` digits and no leading zero, the middle ones `secondary`, the last `primary`. */
function groupsFit(groups: readonly string[], style: NumberStyle): boolean {
  const [first = '', ...rest] = groups;
  const last = rest.at(-1) ?? '';
  const middle = rest.slice(0, -1);
  const max = rest.length > 1 ? style.secondary : Math.max(style.primary, style.secondary);
  return (
    /^[1-9]\d*$/.test(first) &&
    first.length <= max &&
    last.length === style.primary &&
    middle.every((g) => g.length === style.secondary) &&
    rest.every((g) => /^\d+$/.test(g))
  );
}

/** A currency as Intl writes it around an amount: "€", "US$", "$US", "CHF". */
const CURRENCY = String.raw`(?:\p{Lu}{3}|\p{L}{0,3}\p{Sc}\p{L}{0,3})`;
const CURRENCY_BEFORE = new RegExp(`^${CURRENCY}\\s?`, 'u');
const CURRENCY_AFTER = new RegExp(`\\s?(?:${CURRENCY}|%)$`, 'u');
const SIGN = /^([-+\u2212\u2012\u2013])\s?/;
const signed = (negative: boolean, value: number) => (negative && value !== 0 ? -value : value);

/**
 * Reads `text` as written by `new Intl.NumberFormat(locale, options)`, or in another common style when that is
 * unambiguous. A currency sign or code and a percent sign around the number are ignored. Never guesses: an entry
 * two styles read differently is `ambiguous`, with both readings.
 */
export function readNumber(text: string, locale: string, options: Intl.NumberFormatOptions = {}): NumberReading {
  let rest = plainSeparators(text)
    .replace(/\u2060/g, '')
    .trim();
  if (rest === '') return { ok: false, reason: 'empty' };
  // The sign comes before or after a currency sign ("-€5", "CHF-5"), so it is looked for on both sides of it.
  let sign = SIGN.exec(rest)?.[1];
  rest = rest.replace(SIGN, '').replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '');
  if (sign === undefined) {
    sign = SIGN.exec(rest)?.[1];
    rest = rest.replace(SIGN, '');
  }
  const body = rest.trim();
  if (!/^[\d., ']+$/.test(body)) return { ok: false, reason: 'invalid' };
  const negative = sign !== undefined && sign !== '+';

  const own = parseIn(body, numberStyle(locale, options));
  const others = OTHER_STYLES.map((style) => parseIn(body, style)).filter((p): p is Parsed => p !== undefined);
  const values = [...new Set([own?.value, ...others.map((p) => p.value)].filter((v) => v !== undefined))];
  // The locale's grouping is how Olé itself writes amounts, so it wins; a lone decimal separator another style reads as a group does not.
  if (own && (own.grouped || values.length === 1)) return { ok: true, value: signed(negative, own.value) };
  if (values.length === 1) return { ok: true, value: signed(negative, values[0]!) };
  if (values.length === 0) return { ok: false, reason: 'invalid' };
  return { ok: false, reason: 'ambiguous', readings: values.map((v) => signed(negative, v)) };
}
