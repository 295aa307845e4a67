// `npm run feed:build -- [options]`: builds, signs and writes the feed folder from the demo registry or a CSV export.
import { DEMO_QAPS } from './demo/qaps.ts';
import { DEMO_COUNT, DEMO_FEED_SEQUENCE, generateDemoRegistry } from './demo-registry.ts';
import { parseFeedBuildArgs, USAGE, type FeedBuildArgs } from './feed-args.ts';
import { buildFeedFiles, type FeedSource } from './feed-files.ts';
import { loadSigningKey } from './feed-key.ts';
import { writeFeed } from './feed-write.ts';
import { readCsvRegistry } from './registry-csv.ts';

const SEQUENCE_EPOCH = Date.parse('2020-01-01T00:00:00Z');

/** Without --sequence: the demo's fixed number, or for an export the minutes from 2020 to publishedAt (grows with time). */
export function defaultSequence(args: FeedBuildArgs, publishedAt: string): number {
  if (!args.fromCsv) return DEMO_FEED_SEQUENCE;
  return Math.max(1, Math.floor((Date.parse(publishedAt) - SEQUENCE_EPOCH) / 60_000));
}

function source(args: FeedBuildArgs): FeedSource {
  if (args.fromCsv)
    return readCsvRegistry({
      mediators: args.fromCsv,
      digests: args.digests!,
      revocations: args.revocations,
      qaps: args.qaps,
    });
  const registry = generateDemoRegistry(args.asOf, args.count ?? DEMO_COUNT);
  return { ...registry, qaps: DEMO_QAPS, demo: true };
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseFeedBuildArgs(argv);
  const key = await loadSigningKey(args.key);
  if (key.demo) {
    process.stderr.write(
      'feed:build: *** DEMO KEY *** signing with data/feed-keys/demo-private.jwk.json, which is public.\n',
    );
    process.stderr.write(
      'feed:build: a real registry must sign with its own key: --key <file> or OLE_FEED_PRIVATE_KEY.\n',
    );
  }
  const publishedAt = args.publishedAt ?? `${args.asOf}T00:00:00Z`;
  const feedSource = source(args);
  const sequence = args.sequence ?? defaultSequence(args, publishedAt);
  const feed = await buildFeedFiles(feedSource, {
    sequence,
    publishedAt,
    keyId: key.keyId,
    ...(args.shards ? { shards: args.shards } : {}),
  });
  await writeFeed(args.out, feed, key.jwk, key.keyId);
  const bytes = [...feed.files.values()].reduce((sum, f) => sum + f.length, 0);
  process.stderr.write(
    `feed:build: ${args.out}: sequence ${sequence}, ${feedSource.profiles.length} mediators, ${feedSource.digests.length} digests, ` +
      `${feedSource.revocations.length} revocations, ${feed.files.size} files (${Math.round(bytes / 1024)} KiB), key ${key.keyId}\n`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `feed:build: ${(error as Error).message}\n${(error as Error).message.startsWith('unknown option') ? `${USAGE}\n` : ''}`,
  );
  process.exit(2);
}
