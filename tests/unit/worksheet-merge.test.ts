// Two tabs editing one worksheet: the save merges field by field instead of writing the whole copy over the other.
import { describe, expect, it } from 'vitest';
import { mergeWorksheet } from '../../src/domain/worksheet/merge.ts';
import type { Worksheet } from '../../src/domain/worksheet/types.ts';

const base: Worksheet = {
  version: 1,
  facts: 'Late delivery.',
  sides: { self: { positions: 'Pay damages.' } },
  parties: [{ id: 'p1', name: 'Buyer', kind: 'party' }],
};

describe('mergeWorksheet', () => {
  it('keeps a field changed in each tab', () => {
    const mine: Worksheet = { ...base, facts: 'Late delivery of a machine.' };
    const theirs: Worksheet = { ...base, sides: { self: { positions: 'Pay damages.', interests: 'A working line.' } } };
    expect(mergeWorksheet(base, mine, theirs)).toEqual({ ...mine, sides: theirs.sides });
  });

  it('takes this tab’s edit of a field both changed, and leaves the rest', () => {
    const mine: Worksheet = { ...base, facts: 'Mine.' };
    const theirs: Worksheet = { ...base, facts: 'Theirs.', currency: 'EUR' };
    expect(mergeWorksheet(base, mine, theirs)).toEqual({ ...base, facts: 'Mine.', currency: 'EUR' });
  });

  it('keeps parties added in both tabs, a removal in either, and field edits inside one party', () => {
    const mine: Worksheet = {
      ...base,
      parties: [
        { id: 'p1', name: 'Buyer', kind: 'party', stake: 'Its line' },
        { id: 'p2', name: 'Bank', kind: 'stakeholder' },
      ],
    };
    const theirs: Worksheet = {
      ...base,
      parties: [
        { id: 'p1', name: 'Buyer Ltd', kind: 'party' },
        { id: 'p3', name: 'Insurer', kind: 'stakeholder' },
      ],
    };
    expect(mergeWorksheet(base, mine, theirs).parties).toEqual([
      { id: 'p1', name: 'Buyer Ltd', kind: 'party', stake: 'Its line' },
      { id: 'p2', name: 'Bank', kind: 'stakeholder' },
      { id: 'p3', name: 'Insurer', kind: 'stakeholder' },
    ]);
    expect(mergeWorksheet(base, { ...base, parties: [] }, { ...base, currency: 'EUR' })).toEqual({
      ...base,
      parties: [],
      currency: 'EUR',
    });
  });

  it('drops a field cleared in one tab', () => {
    const { facts: _cleared, ...mine } = base;
    expect(mergeWorksheet(base, mine as Worksheet, { ...base, currency: 'EUR' })).toEqual({ ...mine, currency: 'EUR' });
  });
});
