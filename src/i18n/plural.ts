// Plurals, ordinals and lists by the language's own rules (CLDR through Intl): Arabic has six plural forms, English two.

/** A message's forms by CLDR plural category; "other" is required, as every language has it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

const cardinals = new Map<string, Intl.PluralRules>();
const ordinals = new Map<string, Intl.PluralRules>();

function rules(cache: Map<string, Intl.PluralRules>, locale: string, type: Intl.PluralRuleType): Intl.PluralRules {
  let found = cache.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale, { type });
    cache.set(locale, found);
  }
  return found;
}

/** The form of `forms` the language uses for `n` ("1 case", "2 cases"; in Arabic also the forms for 2, 3–10 and 11–99). */
export function plural(locale: string, n: number, forms: PluralForms): string {
  return forms[rules(cardinals, locale, 'cardinal').select(n)] ?? forms.other;
}

/** The form for the n-th ("1st", "2nd", "3rd", "4th" in English). */
export function ordinal(locale: string, n: number, forms: PluralForms): string {
  return forms[rules(ordinals, locale, 'ordinal').select(n)] ?? forms.other;
}

/** Names joined as the language joins them: "French, German and Spanish", « français, allemand et espagnol ». */
export function listOf(
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}
