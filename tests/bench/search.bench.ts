// Directory search at 600, 10k and 100k synthetic profiles: Olé (MiniSearch over names, cities and rare bio words,
// facet bitsets for controlled words) against untuned MiniSearch, FlexSearch and Fuse.js on the same profiles and
// the same 100 queries. Olé's figures include filters and facet counts; the others only filter.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Document } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { DEMO_AS_OF, generateDemoRegistry } from '../../src/cli/demo-registry.ts';
import { createDirectory, type Directory } from '../../src/domain/matching/directory.ts';
import { searchDirectory } from '../../src/domain/matching/directory-search.ts';
import type { RegistryEntry } from '../../src/domain/registry/registry-entries.ts';
import { createSearchIndex, loadSearchIndex } from '../../src/domain/matching/search-index.ts';
import { areaWords, certificationWords, countryWord, languageWord } from '../../src/domain/matching/words.ts';
import { registryEntries } from '../../src/domain/registry/registry-entries.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';
import { makeQueries, type BenchQuery } from './search-queries.ts';

type Engine = {
  name: string;
  build: () => void;
  query: (q: BenchQuery) => string[];
  /** Everything the engine finds, untimed, when `query` returns only a first page. */
  found?: (q: BenchQuery) => readonly string[];
  saved?: () => string;
  load?: (json: string) => void;
  /** Fewer queries for an engine too slow to run them all. */
  queries?: number;
  rounds?: number;
};
type Row = {
  count: number;
  name: string;
  buildMs: number;
  heapMb: number;
  saved: string;
  loadMs: string;
  p50: number;
  p95: number;
  empty: number;
  missed: number;
  queries: number;
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const at = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** What the peers index: every field as words, as a simple setup of each library would. */
export function peerDoc(p: MediatorProfile) {
  return {
    id: p.id,
    name: p.name,
    places: p.locations.map((l) => `${l.city ?? ''} ${countryWord(l.country)}`).join(' '),
    languages: p.languages.map((c) => `${languageWord(c)} ${c}`).join(' '),
    areas: p.practiceAreas.map(areaWords).join(' '),
    badges: [...p.certifications.map((c) => certificationWords(c.kind)), ...p.styles, ...p.formats].join(' '),
  };
}
const PEER_FIELDS = ['name', 'places', 'languages', 'areas', 'badges'];

function engines(entries: readonly RegistryEntry[], count: number): Engine[] {
  const profiles = entries.map((e) => e.profile);
  const languagesOf = new Map(profiles.map((p) => [p.id, p.languages]));
  const keep = (ids: string[], q: BenchQuery) =>
    q.language ? ids.filter((id) => languagesOf.get(id)!.includes(q.language!)) : ids;
  const docs = profiles.map(peerDoc);
  let directory: Directory | undefined;
  let untuned: MiniSearch | undefined;
  let flex: InstanceType<typeof Document> | undefined;
  let fuse: Fuse<(typeof docs)[number]> | undefined;
  return [
    {
      name: 'Olé: MiniSearch + facet bitsets',
      build: () => {
        directory = createDirectory(entries, createSearchIndex(profiles));
      },
      // A first page of 50, as the page asks for; `found` checks the whole answer for the person aimed at.
      query: (q) => [
        ...searchDirectory(directory!, q.text, q.language ? { language: q.language } : {}, { limit: 50 }).ids,
      ],
      found: (q) => searchDirectory(directory!, q.text, q.language ? { language: q.language } : {}).ids,
      saved: () => JSON.stringify(directory!.index),
      load: (json) => {
        directory = createDirectory(entries, loadSearchIndex(json));
      },
    },
    {
      name: 'MiniSearch untuned (+bio, fuzzy 0.2)',
      build: () => {
        untuned = new MiniSearch({ fields: [...PEER_FIELDS, 'bio'] });
        untuned.addAll(profiles.map((p, i) => ({ ...docs[i]!, bio: p.bio })));
      },
      query: (q) =>
        keep(
          untuned!.search(q.text, { prefix: true, fuzzy: 0.2 }).map((r) => String(r.id)),
          q,
        ),
      saved: () => JSON.stringify(untuned),
      load: (json) => {
        untuned = MiniSearch.loadJSON(json, { fields: [...PEER_FIELDS, 'bio'] });
      },
      rounds: count > 10_000 ? 1 : 3,
    },
    {
      name: 'FlexSearch 0.8 (forward, no bio)',
      build: () => {
        flex = new Document({ tokenize: 'forward', document: { id: 'id', index: PEER_FIELDS } });
        for (const d of docs) flex.add(d);
      },
      // Synchronous without a worker; the typings also allow the worker's promise.
      query: (q) =>
        keep(
          [
            ...new Set(
              (flex!.search(q.text, { limit: 10_000 }) as unknown as { result: unknown[] }[]).flatMap((r) =>
                r.result.map(String),
              ),
            ),
          ],
          q,
        ),
    },
    {
      name: 'Fuse.js 7 (threshold 0.3, no bio)',
      build: () => {
        fuse = new Fuse(docs, { keys: PEER_FIELDS, threshold: 0.3, ignoreLocation: true });
      },
      query: (q) =>
        keep(
          fuse!.search(q.text).map((r) => r.item.id),
          q,
        ),
      queries: count > 10_000 ? 10 : count > 600 ? 30 : 100,
      rounds: 1,
    },
  ];
}

export function benchRegistry(count: number): RegistryEntry[] {
  const { profiles, digests, revocations } = generateDemoRegistry(undefined, count);
  const digestOf = new Map(digests.map((d) => [d.mediatorId, d]));
  // As the search worker reads them, on the demo's date.
  return registryEntries({ profiles, digests: digestOf, revocations }, DEMO_AS_OF);
}

function run(engine: Engine, count: number, queries: readonly BenchQuery[]): Row {
  const before = heapMb();
  let start = performance.now();
  engine.build();
  const buildMs = performance.now() - start;
  const heap = heapMb() - before;
  let saved = '-';
  let loadMs = '-';
  if (engine.saved) {
    const json = engine.saved();
    saved = `${(json.length / 2 ** 20).toFixed(1)} (${(gzipSync(json).byteLength / 2 ** 20).toFixed(1)})`;
    if (engine.load) {
      start = performance.now();
      engine.load(json);
      loadMs = (performance.now() - start).toFixed(0);
    }
  }
  const asked = queries.slice(0, engine.queries ?? queries.length);
  const rounds = engine.rounds ?? 3;
  const times: number[][] = asked.map(() => []);
  let empty = 0;
  let missed = 0;
  for (let r = 0; r < rounds; r++) {
    asked.forEach((q, i) => {
      start = performance.now();
      const ids = engine.query(q);
      times[i]!.push(performance.now() - start);
      if (r > 0) return;
      if (!ids.length) empty++;
      if (!(engine.found?.(q) ?? ids).includes(q.target)) missed++;
    });
  }
  const perQuery = times.map((t) => at(t, 0.5));
  return {
    count,
    name: engine.name,
    buildMs,
    heapMb: heap,
    saved,
    loadMs,
    p50: at(perQuery, 0.5),
    p95: at(perQuery, 0.95),
    empty,
    missed,
    queries: asked.length,
  };
}

function table(rows: readonly Row[]): string {
  const header = [
    'profiles',
    'engine',
    'build ms',
    'heap MB',
    'saved MB (gz)',
    'load ms',
    'p50 ms',
    'p95 ms',
    'p95 ×',
    'empty',
    'missed',
    'queries',
  ];
  let olé: Row | undefined;
  const cells = rows.map((r) => {
    if (r.name.startsWith('Olé')) olé = r;
    return [
      String(r.count),
      r.name,
      r.buildMs.toFixed(0),
      r.heapMb.toFixed(0),
      r.saved,
      r.loadMs,
      r.p50.toFixed(2),
      r.p95.toFixed(2),
      (r.p95 / olé!.p95).toFixed(1),
      String(r.empty),
      String(r.missed),
      String(r.queries),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((x, i) => (i === 1 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export async function searchBench(): Promise<string> {
  const rows: Row[] = [];
  for (const count of [600, 10_000, 100_000]) {
    const entries = benchRegistry(count);
    const queries = makeQueries(entries.filter((e) => e.status.listed).map((e) => e.profile));
    for (const engine of engines(entries, count)) rows.push(run(engine, count, queries));
  }
  return [
    'directory search (Node, one process): 100 queries aimed at listed profiles — a quarter each surname, half-typed surname,',
    'one typo, two words; every other one filtered by a language of the person. p50/p95 are over queries, each the median of',
    '3 rounds (1 round at 100k and for Fuse.js). Olé\'s times include facet counts for 8 facets; "missed" counts queries',
    'that did not return the person aimed at; "p95 ×" is relative to Olé. Fuse.js runs 30 queries at 10k and 10 at 100k.',
    '',
    table(rows),
  ].join('\n');
}
