// How a locale writes a number (its separators and group sizes), learnt from Intl so reading matches writing.

/** Separators as typed: every kind of space is a plain space, every apostrophe a straight one. */
export type NumberStyle = {
  readonly group: string;
  readonly decimal: string;
  /** Digits in the last group (3 nearly everywhere). */
  readonly primary: number;
  /** Digits in the groups before it (2 in Indian English: 12,34,567). */
  readonly secondary: number;
};

/** Typed look-alikes of the separators Intl writes: no-break, narrow and thin spaces; curly apostrophes. */
export function plainSeparators(text: string): string {
  return (
    text
      // Arabic-Indic and Persian digits as many Arabic keyboards type them, and the Arabic decimal and group signs.
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/\u066b/g, '.')
      .replace(/\u066c/g, ',')
      // Direction marks that formatted numbers carry, pasted back with them.
      .replace(/[\u200e\u200f\u061c]/g, '')
      .replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ')
      .replace(/[\u2019\u02bc\u2032]/g, "'")
  );
}

/** The style of `new Intl.NumberFormat(locale, options)`: money can differ from plain numbers in one locale. */
export function numberStyle(locale: string, options: Intl.NumberFormatOptions = {}): NumberStyle {
  const parts = new Intl.NumberFormat(locale, { ...options, useGrouping: true }).formatToParts(12345678.5);
  const part = (type: string) => plainSeparators(parts.find((p) => p.type === type)?.value ?? '');
  const sizes = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = sizes.at(-1) ?? 3;
  return {
    group: part('group') || ',',
    decimal: part('decimal') || '.',
    primary,
    secondary: sizes.length > 2 ? sizes.at(-2)! : primary,
  };
}

/**
 * `value` written as `Intl.NumberFormat(locale, options)` writes it, without currency or percent sign and with
 * every decimal kept: what a number field shows, so that reading it back gives the same value.
 */
export function writeNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const format = new Intl.NumberFormat(locale, {
    ...options,
    minimumFractionDigits: 0,
    maximumFractionDigits: 20,
  });
  const kept = new Set(['minusSign', 'plusSign', 'integer', 'group', 'decimal', 'fraction']);
  return format
    .formatToParts(value)
    .filter((p) => kept.has(p.type))
    .map((p) => p.value)
    .join('');
}
