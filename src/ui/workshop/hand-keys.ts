// The keys that count a hand on a prepared answer's slide: 1 to 9 for the first nine choices, then 0 for the tenth.

/** Choices with a key of their own; any further choice has its buttons only. */
export const KEYED_CHOICES = 10;

export const choiceKeyLabel = (index: number) => (index < 9 ? String(index + 1) : index === 9 ? '0' : undefined);

/** The choice a number key counts a hand for: by the key's character, or its place on the keyboard (AZERTY's top row). */
export function choiceIndexOfKey(event: Pick<KeyboardEvent, 'key' | 'code'>): number | undefined {
  const digit = /^[0-9]$/.test(event.key) ? event.key : /^(?:Digit|Numpad)([0-9])$/.exec(event.code)?.[1];
  if (digit === undefined) return undefined;
  return digit === '0' ? 9 : Number(digit) - 1;
}
