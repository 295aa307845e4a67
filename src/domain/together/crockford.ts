// Crockford's base32 for a code read aloud: no I, L, O or U, so no two symbols look or sound alike.
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Letters and digits outside the alphabet: read as a typo, not as "not a code". */
export const NOT_A_SYMBOL = -1;

/** A typed character's value: look-alikes read as what they look like (O is 0, I and L are 1), in either case. */
export function symbolValue(char: string): number | undefined {
  if (!/^[0-9A-Za-z]$/.test(char)) return undefined;
  const upper = char.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
  const value = ALPHABET.indexOf(upper);
  return value < 0 ? NOT_A_SYMBOL : value;
}

/** Multiplication in GF(32) modulo x^5 + x^2 + 1, so each position weighs differently and no non-zero error cancels. */
function times(a: number, b: number): number {
  let product = 0;
  for (let x = a, y = b; y; y >>= 1) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 32) x ^= 0b100101;
  }
  return product;
}

/** Weights of a group's four data symbols: distinct, non-zero and unlike the check's own weight 1. */
const WEIGHTS = [16, 8, 4, 2] as const;

/**
 * The check symbol of a group's four data symbols: Σ wᵢ·xᵢ in GF(32), plus the group's place, so a wrong symbol
 * or two swapped neighbours in the group, or a group read in the wrong place, never passes.
 */
export function checkSymbol(data: readonly number[], group: number): number {
  return data.reduce((sum, x, i) => sum ^ times(WEIGHTS[i]!, x), group & 31);
}
