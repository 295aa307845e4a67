// The cached registry with today's certification status of everyone, read again when new feed data lands.
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { certificationStatus } from '../../src/domain/registry/certification-status.ts';
import type { HeldFeed } from '../../src/storage/db.ts';
import { applyFeedFiles, getHeldFeed } from '../../src/storage/feed-store.ts';
import { useDb } from '../../src/ui/app/db.ts';
import { type FeedSync, FeedSyncContext } from '../../src/ui/directory/create-feed-sync.ts';
import { createRegistryView, type RegistryEntry } from '../../src/ui/directory/create-registry-view.ts';
import { makeDigest, makeProfile } from './helpers/make-feed.ts';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
}

const held = (sequence: number, paths: string[]): HeldFeed => ({
  sequence,
  publishedAt: '2026-11-01T00:00:00Z',
  keyId: 'k',
  demo: true,
  appliedAt: '2026-11-02T00:00:00Z',
  files: Object.fromEntries(paths.map((path) => [path, { sha256: path, kind: 'registry' as const }])),
});

function setup() {
  const [dataVersion, setDataVersion] = createSignal(0);
  const sync = { dataVersion } as unknown as FeedSync; // the view reads nothing else of the sync
  let entries: (() => ReadonlyMap<string, RegistryEntry> | undefined) | undefined;
  const dispose = createRoot((dispose) => {
    <FeedSyncContext.Provider value={sync}>
      {(() => {
        entries = createRegistryView();
        return null;
      })()}
    </FeedSyncContext.Provider>;
    return dispose;
  });
  return { entries: entries!, bump: () => setDataVersion((v) => v + 1), dispose };
}

describe('createRegistryView', () => {
  it('rates everyone in the cached registry as of today, and reads it again when new data lands', async () => {
    const db = await useDb();
    const lapsed = makeProfile('m-lapsed', {
      certifications: [{ kind: 'certified-mediator', qapId: 'qap-demo', certifiedOn: '2001-01-15' }],
    });
    const digest = makeDigest('m-current', new Date().toISOString().slice(0, 10));
    await applyFeedFiles(
      db,
      held(1, ['registry/a.json']),
      [
        { path: 'registry/a.json', kind: 'registry', records: [makeProfile('m-current'), lapsed] },
        { path: 'digests/a.json', kind: 'digests', records: [digest] },
      ],
      [],
      await getHeldFeed(db),
    );
    const { entries, bump, dispose } = setup();
    await until(() => entries() !== undefined);
    const today = new Date().toISOString();
    expect([...entries()!.keys()].sort()).toEqual(['m-current', 'm-lapsed']);
    expect(entries()!.get('m-current')).toEqual({
      profile: makeProfile('m-current'),
      digest,
      status: certificationStatus(makeProfile('m-current'), digest, [], today),
      month: today.slice(0, 7),
    });
    expect(entries()!.get('m-lapsed')?.digest).toBeUndefined();
    expect(entries()!.get('m-lapsed')?.status).toEqual(certificationStatus(lapsed, undefined, [], today));
    expect(entries()!.get('m-current')?.status).not.toEqual(entries()!.get('m-lapsed')?.status);

    await applyFeedFiles(
      db,
      held(2, ['registry/b.json']),
      [{ path: 'registry/b.json', kind: 'registry', records: [makeProfile('m-new')] }],
      [{ path: 'registry/a.json', kind: 'registry' }],
      await getHeldFeed(db),
    );
    bump();
    await until(() => entries()?.has('m-new') === true);
    expect([...entries()!.keys()]).toEqual(['m-new']);
    dispose();
  });
});
