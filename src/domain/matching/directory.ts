// The searchable directory: the text index plus one bitset per facet value, so a query with filters and counts
// is a few bit operations; what the search worker holds in memory.
import type MiniSearch from 'minisearch';
import { emptyBitset, setBit, type Bitset } from './bitset.ts';
import { FACETS, TYPED_FACETS, valuesOf, type DirectoryEntry, type Facet } from './filters.ts';
import { inDirectoryOrder } from './directory-order.ts';
import type { IndexedDoc } from './search-index.ts';
import { buildVocabulary, type FacetKey, type Vocabulary } from './vocabulary.ts';

export type Directory<E extends DirectoryEntry = DirectoryEntry> = {
  /** Entries in name order: a slot is a position here, so walking a bitset lists names alphabetically. */
  readonly entries: readonly E[];
  readonly index: MiniSearch<IndexedDoc>;
  readonly vocabulary: Vocabulary;
  /** Listed entries only: the rest never show in search. */
  readonly listed: Bitset;
  readonly bits: ReadonlyMap<FacetKey, Bitset>;
  /** The values each facet takes among listed entries. */
  readonly values: Readonly<Record<Facet, readonly string[]>>;
};

/** The index must cover exactly these profiles (built from them, or saved for the same set: search-handler.ts). */
export function createDirectory<E extends DirectoryEntry>(
  entries: readonly E[],
  index: MiniSearch<IndexedDoc>,
): Directory<E> {
  const sorted = inDirectoryOrder(entries, (e) => e.profile);
  const size = sorted.length;
  // Its documents are named by slot: an index of other profiles would name the wrong people.
  if (index.documentCount !== size)
    throw new Error(`the search index holds ${index.documentCount} profiles, not ${size}`);
  const listed = emptyBitset(size);
  // Per facet, value → slots; keys like "area:family" are made once per value, not once per entry.
  const perFacet = new Map(FACETS.map((f) => [f, new Map<string, Bitset>()]));
  sorted.forEach((entry, slot) => {
    if (!entry.status.listed) return;
    setBit(listed, slot);
    for (const [facet, byValue] of perFacet) {
      for (const value of valuesOf(entry, facet)) {
        let set = byValue.get(value);
        if (!set) {
          set = emptyBitset(size);
          byValue.set(value, set);
        }
        setBit(set, slot);
      }
    }
  });
  const bits = new Map<FacetKey, Bitset>();
  const values = {} as Record<Facet, string[]>;
  for (const [facet, byValue] of perFacet) {
    values[facet] = [...byValue.keys()];
    for (const [value, set] of byValue) bits.set(`${facet}:${value}`, set);
  }
  return {
    entries: sorted,
    index,
    // "low" or "yes" typed in the box must not mean a fee band or safeguarding: those are chosen from the filters.
    vocabulary: buildVocabulary([...bits.keys()].filter((key) => TYPED_FACETS.has(key.split(':')[0] as Facet))),
    listed,
    bits,
    values,
  };
}

/** The slots with a facet value (empty when nobody has it). */
export function facetBits(directory: Directory, facet: Facet, value: string): Bitset {
  return directory.bits.get(`${facet}:${value}`) ?? emptyBitset(directory.entries.length);
}
