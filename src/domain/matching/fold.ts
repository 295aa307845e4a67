// Accent- and case-insensitive terms, so "Muller" finds "Müller", "nunez" finds "Núñez" and "Ελληνικα" finds
// "Ελληνικά". Every combining mark goes, in any script (Arabic's short vowels and hamza too), and letters people
// write interchangeably are made one: final sigma, Arabic's alef maqsura and ya, ta marbuta and ha, kaf forms.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
  ٱ: 'ا',
  ـ: '',
};
const SPECIAL_CHARS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

const NOT_ASCII = /[^\x20-\x7e]/;

export function foldText(text: string): string {
  // Most terms are plain ASCII: lower case is all they need (building an index folds every term).
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(SPECIAL_CHARS, (c) => SPECIAL[c] ?? c);
}

/** What separates words, for the index and for a typed query alike: spaces, punctuation and symbols. */
export const WORD_SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u;
