// The demo generator's seeded PRNG: same seed, same registry. Not reactive, so no owner is needed.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/cli/demo/prng.ts';
import { fnv1a } from '../../src/domain/hash.ts';

const draws = (seed: number | string, n = 20) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same stream for the same seed, another for another seed, all in [0, 1)', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws('demo:1')).toEqual(draws('demo:1'));
    expect(draws(42)).not.toEqual(draws(43));
    expect(draws('demo:1')).not.toEqual(draws('demo:2'));
    expect(draws('demo:1')).toEqual(draws(fnv1a('demo:1'))); // a text seed is its FNV-1a hash
    for (const x of draws(7, 5000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(new Set(draws(7, 5000)).size).toBeGreaterThan(4990);
  });

  it('draws integers from both ends of the range, inclusive, and nothing outside', () => {
    const rng = createRng(1);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('never picks a weight of zero, and picks each weighted item about as often as its weight says', () => {
    const rng = createRng('weights');
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted<keyof typeof counts>([
          ['a', 3],
          ['never', 0],
          ['b', 1],
        ])
      ]++;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('samples distinct items, at most as many as there are', () => {
    const rng = createRng(9);
    const items = ['a', 'b', 'c', 'd', 'e'];
    for (let i = 0; i < 100; i++) {
      const three = rng.sample(items, 3);
      expect(new Set(three).size).toBe(3);
      expect(three.every((x) => items.includes(x))).toBe(true);
    }
    expect(rng.sample(items, 10).sort()).toEqual(items);
    expect(rng.sample([], 2)).toEqual([]);
    expect(new Set(Array.from({ length: 200 }, () => rng.pick(items)))).toEqual(new Set(items));
  });

  it('keeps chance near its probability, and 0 and 1 exact', () => {
    const rng = createRng(5);
    const hits = Array.from({ length: 10_000 }, () => rng.chance(0.2)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(1800);
    expect(hits).toBeLessThan(2200);
    expect(Array.from({ length: 100 }, () => rng.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => rng.chance(1)).every(Boolean)).toBe(true);
  });
});
