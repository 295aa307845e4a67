// Sets of directory slots as bit arrays: AND-ing filters and counting facet values stays cheap at 100,000 profiles.
export type Bitset = Uint32Array;

export const emptyBitset = (size: number): Bitset => new Uint32Array((size + 31) >>> 5);

export function setBit(bits: Bitset, slot: number): void {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

export function hasBit(bits: Bitset, slot: number): boolean {
  return ((bits[slot >>> 5]! >>> (slot & 31)) & 1) === 1;
}

/** Keeps in `target` only the slots also in `other`. */
export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i]! &= other[i]!;
  return target;
}

export function orInto(target: Bitset, other: Bitset): Bitset {
  for (let i = 0; i < target.length; i++) target[i]! |= other[i]!;
  return target;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bits: Bitset): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) n += popcount32(bits[i]!);
  return n;
}

/** Indices of the non-zero words: counting over a sparse set then skips the empty stretches. */
export function nonZeroWords(bits: Bitset): Int32Array {
  const words: number[] = [];
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) words.push(i);
  return Int32Array.from(words);
}

/** countBoth limited to the given words of `a` (those where `a` has any bit). */
export function countBothAt(a: Bitset, b: Bitset, words: Int32Array): number {
  let n = 0;
  for (let j = 0; j < words.length; j++) {
    const i = words[j]!;
    n += popcount32(a[i]! & b[i]!);
  }
  return n;
}

/** Slots in ascending order, at most `limit` of them. */
export function firstSlots(bits: Bitset, limit: number): number[] {
  const slots: number[] = [];
  for (let i = 0; i < bits.length && slots.length < limit; i++) {
    let word = bits[i]!;
    while (word !== 0 && slots.length < limit) {
      const low = word & -word;
      slots.push((i << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return slots;
}

/** Slots in ascending order. */
export const slotsOf = (bits: Bitset): number[] => firstSlots(bits, Infinity);
