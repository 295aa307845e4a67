// Which stored feed file holds each mediator's records, kept beside the files so one profile opens on its own.
import type { FeedLocations, StoredFeedFile } from './schema.ts';

export const NO_LOCATIONS: FeedLocations = { registry: {}, digests: {}, revocations: {} };

function recordId(file: StoredFeedFile, index: number): string {
  return file.kind === 'registry' ? file.records[index]!.id : file.records[index]!.mediatorId;
}

/** The locations after the files at `dropped` paths went away and `added` files came in (a changed file is both). */
export function relocate(
  before: FeedLocations,
  dropped: ReadonlySet<string>,
  added: readonly StoredFeedFile[],
): FeedLocations {
  const keep = (where: Readonly<Record<string, string>>) => {
    const kept: Record<string, string> = {};
    for (const id in where) if (!dropped.has(where[id]!)) kept[id] = where[id]!;
    return kept;
  };
  const next = {
    registry: keep(before.registry),
    digests: keep(before.digests),
    revocations: keep(before.revocations),
  };
  for (const file of added) {
    const where = next[file.kind];
    for (let i = 0; i < file.records.length; i++) where[recordId(file, i)] = file.path;
  }
  return next;
}
