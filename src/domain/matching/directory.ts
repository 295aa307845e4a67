// The searchable directory: the text index plus one bitset per facet value, so a query with filters and counts
// is a few bit operations; what the search worker holds in memory.
import type MiniSearch from 'minisearch';
import { emptyBitset, setBit, type Bitset } from './bitset.ts';
import { FACETS, valuesOf, type DirectoryEntry, type Facet } from './filters.ts';
import type { IndexedDoc } from './search-index.ts';
import { buildVocabulary, type FacetKey, type Vocabulary } from './vocabulary.ts';

export type Directory<E extends DirectoryEntry = DirectoryEntry> = {
  /** Entries in name order: a slot is a position here, so walking a bitset lists names alphabetically. */
  readonly entries: readonly E[];
  readonly slotOf: ReadonlyMap<string, number>;
  readonly index: MiniSearch<IndexedDoc>;
  readonly vocabulary: Vocabulary;
  /** Listed entries only: the rest never show in search. */
  readonly listed: Bitset;
  readonly bits: ReadonlyMap<FacetKey, Bitset>;
  /** The values each facet takes among listed entries. */
  readonly values: Readonly<Record<Facet, readonly string[]>>;
};

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** The index must cover these profiles (built from them, or saved for the same feed sequence). */
export function createDirectory<E extends DirectoryEntry>(entries: readonly E[], index: MiniSearch<IndexedDoc>): Directory<E> {
  const sorted = [...entries].sort((a, b) => byName.compare(a.profile.name, b.profile.name) || (a.profile.id < b.profile.id ? -1 : 1));
  const size = sorted.length;
  const listed = emptyBitset(size);
  const bits = new Map<FacetKey, Bitset>();
  sorted.forEach((entry, slot) => {
    if (!entry.status.listed) return;
    setBit(listed, slot);
    for (const facet of FACETS) {
      for (const value of valuesOf(entry, facet)) {
        const key: FacetKey = `${facet}:${value}`;
        let set = bits.get(key);
        if (!set) bits.set(key, (set = emptyBitset(size)));
        setBit(set, slot);
      }
    }
  });
  const values = Object.fromEntries(FACETS.map((f) => [f, [] as string[]])) as Record<Facet, string[]>;
  for (const key of bits.keys()) {
    const [facet, value] = key.split(/:(.*)/s) as [Facet, string];
    values[facet].push(value);
  }
  return {
    entries: sorted,
    slotOf: new Map(sorted.map((e, slot) => [e.profile.id, slot])),
    index,
    vocabulary: buildVocabulary(bits.keys()),
    listed,
    bits,
    values,
  };
}

/** The slots with a facet value (empty when nobody has it). */
export function facetBits(directory: Directory, facet: Facet, value: string): Bitset {
  return directory.bits.get(`${facet}:${value}`) ?? emptyBitset(directory.entries.length);
}
