// Which choice a number key counts a hand for: 1 to 9, then 0 for the tenth, by the key's character or its place.
import { describe, expect, it } from 'vitest';
import { choiceIndexOfKey, choiceKeyLabel } from '../../src/ui/workshop/hand-keys.ts';

describe('number keys on a prepared answer’s slide', () => {
  it('count for the first nine choices, then 0 for the tenth; beyond that only buttons', () => {
    expect(choiceIndexOfKey({ key: '1', code: 'Digit1' })).toBe(0);
    expect(choiceIndexOfKey({ key: '9', code: 'Numpad9' })).toBe(8);
    expect(choiceIndexOfKey({ key: '0', code: 'Digit0' })).toBe(9);
    expect([0, 8, 9, 10].map(choiceKeyLabel)).toEqual(['1', '9', '0', undefined]);
  });

  it('work on a French keyboard too, where the top row types & é " without Shift', () => {
    expect(choiceIndexOfKey({ key: '&', code: 'Digit1' })).toBe(0);
    expect(choiceIndexOfKey({ key: 'é', code: 'Digit2' })).toBe(1);
  });

  it('leave every other key alone', () => {
    for (const [key, code] of [
      ['r', 'KeyR'],
      ['ArrowRight', 'ArrowRight'],
      ['Backspace', 'Backspace'],
      [' ', 'Space'],
    ] as const)
      expect(choiceIndexOfKey({ key, code })).toBeUndefined();
  });
});
