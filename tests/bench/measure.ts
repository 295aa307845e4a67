// Timing for benches: medians over ~5 ms batches, so timer resolution and one-off pauses do not skew a figure.
import { performance } from 'node:perf_hooks';

export type BenchRow = {
  readonly bench: string;
  readonly case: string;
  readonly calls: number;
  /** Median wall-clock microseconds per call over the batches. */
  readonly medianUs: number;
  readonly p90Us: number;
  /** Median CPU microseconds per call: steadier than wall time when the machine is busy. */
  readonly cpuUs: number;
};

export type Bench = { readonly name: string; readonly run: () => BenchRow[] };

/** Warms up for ~300 ms, then times batches of ~5 ms each and reports per-call figures. */
export function measure(bench: string, name: string, fn: () => unknown, batches = 80): BenchRow {
  let warm = 0;
  const warmStart = performance.now();
  while (performance.now() - warmStart < 300) {
    fn();
    warm++;
  }
  const size = Math.max(1, Math.round((warm / 300) * 5));
  const perCall: number[] = [];
  const cpuPerCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < size; i++) fn();
    perCall.push(((performance.now() - start) * 1000) / size);
    const used = process.cpuUsage(cpu);
    cpuPerCall.push((used.user + used.system) / size);
  }
  const at = (list: number[], q: number) =>
    list.sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  return {
    bench,
    case: name,
    calls: size * batches,
    medianUs: at(perCall, 0.5),
    p90Us: at(perCall, 0.9),
    cpuUs: at(cpuPerCall, 0.5),
  };
}
