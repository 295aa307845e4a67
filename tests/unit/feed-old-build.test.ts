// An Olé installed before December 2026's additions keeps syncing the feed that carries them: its reader (frozen in
// tests/fixtures/old-build) drops the new keys and keeps, record for record, what it always kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_QAPS } from '../../src/cli/demo/qaps.ts';
import { generateDemoRegistry } from '../../src/cli/demo-registry.ts';
import { buildFeedFiles } from '../../src/cli/feed-files.ts';
import { utf8Decode } from '../../src/feed/bytes.ts';
import { parseMediatorProfiles } from '../../src/domain/registry/validate-records.ts';
import type { FeedbackDigest, MediatorProfile } from '../../src/domain/registry/types.ts';
import {
  parseFeedbackDigests as oldDigests,
  parseMediatorProfiles as oldProfiles,
} from '../fixtures/old-build/validate-records-2516c57.ts';

/** The keys added within format 1 in December 2026 (src/feed/README.md, "Additions within version 1"). */
const PROFILE_ADDITIONS = ['bioLanguage', 'availability', 'fees', 'backgrounds', 'safeguardingTrained', 'shuttle'];
const DIGEST_ADDITIONS = ['language'];
const without = <T extends object>(record: T, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k))) as T;
const fixture = () =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/old-build/registry-with-additions.json'), 'utf8'),
  ) as unknown[];

describe('an app built before the December 2026 additions', () => {
  it('reads a profile carrying every addition, keeping exactly what it knew', () => {
    const records = fixture();
    const old = oldProfiles(structuredClone(records), 'registry/00.json', 'drop');
    expect(old.ok).toBe(true);
    const kept = (old as { records: MediatorProfile[] }).records[0]!;
    for (const key of PROFILE_ADDITIONS) expect(kept).not.toHaveProperty(key);
    expect(kept).toEqual(without(records[0] as MediatorProfile, PROFILE_ADDITIONS));
    // Without dropping (as a publisher checks), the old rules name each addition: they really are new keys.
    expect(oldProfiles(structuredClone(records), 'r').ok).toBe(false);
    // The current reader keeps them.
    const now = parseMediatorProfiles(structuredClone(records), 'registry/00.json', 'drop');
    expect(now).toEqual({ ok: true, records });
  });

  it('reads every file of the demo feed as built today, and keeps each record as it was before the additions', async () => {
    const demo = generateDemoRegistry();
    expect(demo.profiles.some((p) => p.availability && p.fees && p.backgrounds)).toBe(true);
    const feed = await buildFeedFiles(
      { ...demo, qaps: DEMO_QAPS, demo: true },
      {
        sequence: 1,
        publishedAt: '2026-11-01T00:00:00Z',
        keyId: 'test',
      },
    );
    const profiles: MediatorProfile[] = [];
    const digests: FeedbackDigest[] = [];
    for (const entry of feed.manifest.files) {
      const value: unknown = JSON.parse(utf8Decode(feed.files.get(entry.path)!));
      if (entry.kind === 'registry') {
        const read = oldProfiles(value, entry.path, 'drop');
        if (!read.ok) throw new Error(read.problems.join('\n'));
        expect(read.records).toHaveLength(entry.records);
        profiles.push(...read.records);
      } else if (entry.kind === 'digests') {
        const read = oldDigests(value, entry.path, 'drop');
        if (!read.ok) throw new Error(read.problems.join('\n'));
        digests.push(...read.records);
      }
    }
    const byId = <T>(list: T[], id: (t: T) => string) => [...list].sort((a, b) => (id(a) < id(b) ? -1 : 1));
    expect(byId(profiles, (p) => p.id)).toEqual(
      byId(
        demo.profiles.map((p) => without(p, PROFILE_ADDITIONS)),
        (p) => p.id,
      ),
    );
    expect(byId(digests, (d) => d.mediatorId)).toEqual(
      byId(
        demo.digests.map((d) => without(d, DIGEST_ADDITIONS)),
        (d) => d.mediatorId,
      ),
    );
  });
});
