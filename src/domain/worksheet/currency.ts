// A default currency from the browser's language tag ("fr-CA" → CAD, "es" → EUR), and the list the picker offers.
const BY_REGION: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  SG: 'SGD',
  HK: 'HKD',
  CH: 'CHF',
  JP: 'JPY',
  CN: 'CNY',
  MX: 'MXN',
  AR: 'ARS',
  CO: 'COP',
  CL: 'CLP',
  PE: 'PEN',
  BR: 'BRL',
  ZA: 'ZAR',
  NG: 'NGN',
  KE: 'KES',
  MA: 'MAD',
  SN: 'XOF',
  CI: 'XOF',
  CM: 'XAF',
  IE: 'EUR',
  FR: 'EUR',
  BE: 'EUR',
  LU: 'EUR',
  ES: 'EUR',
  DE: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  AT: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
};
const BY_LANGUAGE: Readonly<Record<string, string>> = {
  fr: 'EUR',
  es: 'EUR',
  de: 'EUR',
  it: 'EUR',
  nl: 'EUR',
  pt: 'EUR',
  en: 'USD',
};

export const OFFERED_CURRENCIES: readonly string[] = [...new Set(['EUR', 'USD', 'GBP', ...Object.values(BY_REGION)])];

export function defaultCurrency(languageTags: readonly string[]): string {
  for (const tag of languageTags) {
    const [language = '', ...rest] = tag.split('-');
    const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    const found = (region && BY_REGION[region]) || BY_LANGUAGE[language.toLowerCase()];
    if (found) return found;
  }
  return 'USD';
}
