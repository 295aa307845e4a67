// Every lookup that takes an id from an address finds nothing for the names every object inherits.
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { parseSharedIds } from '../../src/domain/registry/shortlist-link.ts';
import { parseCompare } from '../../src/domain/workshop/compare-fragment.ts';
import { parseFlip } from '../../src/domain/workshop/flip.ts';
import { findScenario, scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import { getCase } from '../../src/storage/cases.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { applyFeedFiles } from '../../src/storage/feed-store.ts';
import { loadMediator } from '../../src/storage/registry-store.ts';
import { makeProfile } from './helpers/make-feed.ts';

const NAMES = Object.getOwnPropertyNames(Object.prototype);
let db: OleDb;

beforeAll(async () => {
  db = await openOleDb('prototype-names');
  const held = {
    sequence: 1,
    publishedAt: '2026-11-01T00:00:00Z',
    keyId: 'k',
    demo: true,
    appliedAt: '2026-11-01T00:00:00Z',
    files: { 'registry/00.json': { sha256: 'x', kind: 'registry' as const } },
  };
  await applyFeedFiles(
    db,
    held,
    [{ path: 'registry/00.json', kind: 'registry', records: [makeProfile('m1')] }],
    [],
    undefined,
  );
});
afterAll(async () => {
  db.close();
  await deleteDB('prototype-names');
});

describe.each(NAMES)('the id "%s"', (name) => {
  it('is no mediator, case, scenario, flip, comparison or shared id', async () => {
    expect(await loadMediator(db, name)).toEqual({ profile: undefined, digest: undefined, revocation: undefined });
    expect(await getCase(db, name)).toBeUndefined();
    expect(findScenario(name)).toBeUndefined();
    expect(parseFlip(`#flip=${name}:0`, defaultQuestionnaire)).toBeUndefined();
    const compare = parseCompare(
      `#a=${name}&b=${name}`,
      scenarioLibrary.map((s) => s.id),
      defaultQuestionnaire,
    );
    expect(JSON.stringify(compare)).not.toContain(name);
    expect(parseSharedIds(name).every((id) => /^[A-Za-z0-9._-]+$/.test(id))).toBe(true);
  });
});
