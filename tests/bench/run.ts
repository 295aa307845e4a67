// `npm run bench`: runs every bench and prints one table. Add a bench by listing it in BENCHES.
import { engineBench } from './engine.bench.ts';
import { feedBench } from './feed.bench.ts';
import { keystrokeBench } from './keystroke.bench.ts';
import { searchBench } from './search.bench.ts';
import { startupBench } from './startup.bench.ts';
import type { Bench, BenchRow } from './measure.ts';

const BENCHES: readonly Bench[] = [{ name: 'engine', run: engineBench }];
/** Benches that run in a browser or compare peers print their own table. */
const REPORTS: readonly { name: string; report: () => Promise<string> }[] = [
  { name: 'search', report: searchBench },
  { name: 'keystroke', report: keystrokeBench },
  { name: 'feed', report: feedBench },
  { name: 'startup', report: startupBench },
];

function table(rows: readonly BenchRow[]): string {
  const header = ['bench', 'case', 'calls', 'median µs/call', 'p90 µs/call', 'CPU µs/call'];
  const cells = rows.map((r) => [
    r.bench,
    r.case,
    String(r.calls),
    r.medianUs.toFixed(1),
    r.p90Us.toFixed(1),
    r.cpuUs.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((x, i) => (i >= 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const only = process.argv[2];
const rows = BENCHES.filter((b) => !only || b.name === only).flatMap((b) => b.run());
console.log(`Node ${process.version}, ${new Date().toISOString()}; wall time is per call, CPU is this process only\n`);
if (rows.length) console.log(table(rows));
for (const bench of REPORTS.filter((b) => !only || b.name === only)) console.log(`\n${await bench.report()}`);
