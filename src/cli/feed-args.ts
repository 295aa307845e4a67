// Command-line options of feed:build, checked before anything is read or written.
import { isIsoDate } from '../domain/registry/dates.ts';

export type FeedBuildArgs = {
  readonly out: string;
  readonly fromCsv?: string;
  readonly digests?: string;
  readonly revocations?: string;
  readonly qaps?: string;
  readonly sequence?: number;
  readonly key?: string;
  readonly asOf: string;
  readonly publishedAt?: string;
  readonly shards?: number;
  readonly count?: number;
};

export const USAGE = `usage: npm run feed:build -- [--out public/feed] [--sequence N] [--key private.jwk.json]
  [--from-csv mediators.csv --digests digests.csv [--revocations revocations.csv] [--qaps qaps.csv]]
  [--as-of YYYY-MM-DD] [--published-at YYYY-MM-DDTHH:MM:SSZ] [--shards N] [--count N (demo only)]`;

const FLAGS = [
  '--out',
  '--from-csv',
  '--digests',
  '--revocations',
  '--qaps',
  '--sequence',
  '--key',
  '--as-of',
  '--published-at',
  '--shards',
  '--count',
];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function positiveInt(flag: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > max)
    throw new Error(`${flag}: expected a whole number 1..${max}, got "${text}"`);
  return n;
}

export function parseFeedBuildArgs(args: readonly string[]): FeedBuildArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (!FLAGS.includes(flag)) throw new Error(`unknown option "${flag}"`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    if (values.has(flag)) throw new Error(`${flag} given twice`);
    values.set(flag, value);
    i++;
  }
  const csv = ['--from-csv', '--digests', '--revocations', '--qaps'].filter((f) => values.has(f));
  if (csv.length && !(values.has('--from-csv') && values.has('--digests')))
    throw new Error('--from-csv and --digests go together');
  if (csv.length && values.has('--count')) throw new Error('--count is for the demo registry, not a CSV import');
  const asOf = values.get('--as-of') ?? '2026-11-01';
  if (!isIsoDate(asOf)) throw new Error(`--as-of: expected YYYY-MM-DD, got "${asOf}"`);
  const publishedAt = values.get('--published-at');
  if (publishedAt !== undefined && (!TIMESTAMP.test(publishedAt) || Number.isNaN(Date.parse(publishedAt)))) {
    throw new Error(`--published-at: expected a UTC timestamp such as 2026-11-01T09:30:00Z, got "${publishedAt}"`);
  }
  const get = (flag: string) => values.get(flag);
  return {
    out: get('--out') ?? 'public/feed',
    ...(get('--from-csv') ? { fromCsv: get('--from-csv')!, digests: get('--digests')! } : {}),
    ...(get('--revocations') ? { revocations: get('--revocations')! } : {}),
    ...(get('--qaps') ? { qaps: get('--qaps')! } : {}),
    ...(get('--key') ? { key: get('--key')! } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(get('--sequence') ? { sequence: positiveInt('--sequence', get('--sequence'), Number.MAX_SAFE_INTEGER)! } : {}),
    ...(get('--shards') ? { shards: positiveInt('--shards', get('--shards'), 4096)! } : {}),
    ...(get('--count') ? { count: positiveInt('--count', get('--count'), 1_000_000)! } : {}),
    asOf,
  };
}
