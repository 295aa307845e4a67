// Each side's answer about the other side's willingness is a view of a different person: read from each side, never "agree".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactorProfile, Level } from '../../src/domain/factors.ts';
import { compareFacts, comparePriorities, FACT_FACTORS } from '../../src/domain/together/combine.ts';
import { compareWillingness, VIEW_OF_OTHER, type WillingnessReading } from '../../src/domain/together/willingness.ts';

const level = fc.constantFrom<Level | undefined>(undefined, 0, 1, 2, 3);
const withView = (view: Level | undefined): FactorProfile => (view === undefined ? {} : { [VIEW_OF_OTHER]: view });
const mirrored: Record<WillingnessReading, WillingnessReading> = {
  'both-doubt': 'both-doubt',
  'they-doubt-you': 'you-doubt-them',
  'you-doubt-them': 'they-doubt-you',
  'both-open': 'both-open',
  'one-view': 'one-view',
};

describe('how each side sees the other', () => {
  it('two parties who each say the other refuses do not agree: each doubts the other', () => {
    expect(compareWillingness(withView(0), withView(0))).toEqual({
      youSeeThem: 0,
      theySeeYou: 0,
      reading: 'both-doubt',
      seenAsRefusing: true,
    });
    expect(compareWillingness(withView(1), withView(0))?.reading).toBe('both-doubt');
    expect(compareWillingness(withView(3), withView(2))).toMatchObject({ reading: 'both-open', seenAsRefusing: false });
  });

  it('reads each one-sided doubt from the side it concerns', () => {
    // I see them as open; they expect me to refuse.
    expect(compareWillingness(withView(2), withView(0))).toMatchObject({
      youSeeThem: 2,
      theySeeYou: 0,
      reading: 'they-doubt-you',
    });
    // I expect them to be reluctant; they see me as keen.
    expect(compareWillingness(withView(1), withView(3))).toMatchObject({
      reading: 'you-doubt-them',
      seenAsRefusing: false,
    });
    expect(compareWillingness(withView(2), {})).toMatchObject({
      youSeeThem: 2,
      theySeeYou: undefined,
      reading: 'one-view',
    });
    expect(compareWillingness({}, {})).toBeUndefined();
  });

  it('is the mirror image from the other side, for every pair of answers', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        const mine = compareWillingness(withView(a), withView(b));
        const theirs = compareWillingness(withView(b), withView(a));
        if (a === undefined && b === undefined) {
          expect(mine).toBeUndefined();
          return;
        }
        expect(theirs).toEqual({
          youSeeThem: mine!.theySeeYou,
          theySeeYou: mine!.youSeeThem,
          reading: mirrored[mine!.reading],
          seenAsRefusing: mine!.seenAsRefusing,
        });
      }),
    );
  });

  it('is never among the facts or priorities compared as agreeing or differing', () => {
    expect(FACT_FACTORS).not.toContain(VIEW_OF_OTHER);
    fc.assert(
      fc.property(level, level, (a, b) => {
        const rows = [...compareFacts(withView(a), withView(b)), ...comparePriorities(withView(a), withView(b))];
        expect(rows.map((row) => row.factor)).not.toContain(VIEW_OF_OTHER);
      }),
    );
  });
});
