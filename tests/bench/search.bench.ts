// Directory search at 600, 10k and 100k synthetic profiles: tuned MiniSearch against untuned MiniSearch,
// FlexSearch and Fuse.js on the same documents and the same 100 queries (typos, prefixes, several words, filters).
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { generateDemoRegistry } from '../../src/cli/demo-registry.ts';
import { foldText } from '../../src/domain/matching/fold.ts';
import { createSearchIndex, loadSearchIndex, searchIds, toIndexedDoc } from '../../src/domain/matching/search-index.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';

type Engine = { name: string; build: () => void; query: (q: string) => string[]; saved?: () => string; load?: (json: string) => void };

function makeQueries(profiles: readonly MediatorProfile[]): { text: string; filtered: boolean }[] {
  const queries: { text: string; filtered: boolean }[] = [];
  for (let i = 0; queries.length < 100; i++) {
    const p = profiles[(i * 7919) % profiles.length]!;
    const surname = foldText(p.name.split(' ').pop()!);
    const kind = i % 4;
    const text =
      kind === 0 ? surname // exact
        : kind === 1 ? surname.slice(0, Math.max(3, surname.length - 2)) // half-typed
          : kind === 2 ? (surname.length >= 5 ? surname.slice(0, 2) + surname.slice(3) : surname) // one letter missing
            : `${p.practiceAreas[0]!.split('-')[0]} ${p.locations[0]!.city ?? ''}`.trim(); // several words
    queries.push({ text, filtered: i % 2 === 0 });
  }
  return queries;
}

function engines(profiles: readonly MediatorProfile[], withPeers: { untuned: boolean; fuse: boolean }): Engine[] {
  const docs = profiles.map(toIndexedDoc);
  const fields = ['name', 'places', 'languages', 'areas', 'badges'];
  let tuned: MiniSearch | undefined;
  let untuned: MiniSearch | undefined;
  let flex: InstanceType<typeof Document> | undefined;
  let fuse: Fuse<(typeof docs)[number]> | undefined;
  const list: Engine[] = [
    {
      name: 'MiniSearch, tuned (Olé)',
      build: () => void (tuned = createSearchIndex(profiles)),
      query: (q) => searchIds(tuned!, q),
      saved: () => JSON.stringify(tuned),
      load: (json) => void (tuned = loadSearchIndex(json)),
    },
  ];
  if (withPeers.untuned) {
    list.push({
      name: 'MiniSearch, untuned (+bio)',
      build: () => {
        untuned = new MiniSearch({ fields: [...fields, 'bio'] });
        untuned.addAll(profiles.map((p) => ({ ...toIndexedDoc(p), bio: p.bio })));
      },
      query: (q) => untuned!.search(q, { prefix: true, fuzzy: 0.2 }).map((r) => String(r.id)),
      saved: () => JSON.stringify(untuned),
    });
  }
  list.push({
    name: 'FlexSearch (forward)',
    build: () => {
      flex = new Document({ tokenize: 'forward', document: { id: 'id', index: fields } });
      for (const d of docs) flex.add(d);
    },
    // Synchronous without a worker; the typings also allow the worker's promise.
    query: (q) => [...new Set((flex!.search(q, { limit: 10_000 }) as unknown as { result: unknown[] }[]).flatMap((r) => r.result.map(String)))],
  });
  if (withPeers.fuse) {
    list.push({
      name: 'Fuse.js (threshold 0.3)',
      build: () => void (fuse = new Fuse(docs, { keys: fields, threshold: 0.3, ignoreLocation: true })),
      query: (q) => fuse!.search(q).map((r) => r.item.id),
    });
  }
  return list;
}

const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export async function searchBench(): Promise<string> {
  const lines = ['directory search, Node, one run: build, saved index, 100 queries (a quarter each exact, half-typed, one letter missing, two words; half filtered by language)', ''];
  lines.push('profiles  engine                        build ms  saved KB (gz)  load ms  p50 ms  p95 ms  empty  p95 vs Olé');
  for (const count of [600, 10_000, 100_000]) {
    const profiles = generateDemoRegistry(undefined, count).profiles;
    const queries = makeQueries(profiles);
    const english = new Set(profiles.filter((p) => p.languages.includes('en')).map((p) => p.id));
    let reference = 0;
    for (const engine of engines(profiles, { untuned: count <= 10_000, fuse: count <= 10_000 })) {
      let start = performance.now();
      engine.build();
      const buildMs = performance.now() - start;
      let savedCell = '-';
      let loadCell = '-';
      if (engine.saved) {
        const json = engine.saved();
        savedCell = `${Math.round(json.length / 1024)} (${Math.round(gzipSync(json).byteLength / 1024)})`;
        if (engine.load) {
          start = performance.now();
          engine.load(json);
          loadCell = (performance.now() - start).toFixed(0);
        }
      }
      const times: number[] = [];
      let empty = 0;
      for (const q of queries) {
        start = performance.now();
        let ids = engine.query(q.text);
        if (q.filtered) ids = ids.filter((id) => english.has(id));
        times.push(performance.now() - start);
        if (!ids.length) empty++;
      }
      const p95 = at(times, 0.95);
      if (!reference) reference = p95;
      lines.push(
        `${String(count).padStart(8)}  ${engine.name.padEnd(28)}  ${buildMs.toFixed(0).padStart(8)}  ${savedCell.padStart(13)}  ${loadCell.padStart(7)}  ${at(times, 0.5).toFixed(2).padStart(6)}  ${p95.toFixed(2).padStart(6)}  ${String(empty).padStart(5)}  ${(p95 / reference).toFixed(2).padStart(10)}`,
      );
    }
  }
  lines.push('', 'Untuned MiniSearch and Fuse.js are left out at 100k (minutes to build or to query); FlexSearch has no typo tolerance.');
  return lines.join('\n');
}
