import { describe, expect, it } from 'vitest';
import { createSearchHandler, indexKey } from '../../src/search/search-handler.ts';
import { makeProfile } from './helpers/make-feed.ts';

function memoryStorage() {
  const saved = new Map<string, string>();
  let loads = 0;
  return {
    saved,
    loads: () => loads,
    storage: {
      loadProfiles: async () => {
        loads++;
        return [makeProfile('m1', { name: 'Ana Núñez' }), makeProfile('m2', { name: 'Bo Berg' })];
      },
      getIndex: async (key: string) => saved.get(key),
      putIndex: async (key: string, json: string) => void saved.set(key, json),
    },
  };
}

describe('search handler', () => {
  it('builds the index once, saves it, and a restart loads it instead of rebuilding', async () => {
    const mem = memoryStorage();
    const first = createSearchHandler(mem.storage);
    expect(await first({ requestId: 1, query: 'nunez', sequence: 4 })).toMatchObject({ ok: true, ids: ['m1'], index: 'built' });
    expect(await first({ requestId: 2, query: 'berg', sequence: 4 })).toMatchObject({ ids: ['m2'], index: 'memory' });
    expect([...mem.saved.keys()]).toEqual([indexKey(4)]);

    const restarted = createSearchHandler(mem.storage);
    expect(await restarted({ requestId: 3, query: 'nunez', sequence: 4 })).toMatchObject({ ids: ['m1'], index: 'saved' });
    expect(mem.loads()).toBe(1);
  });

  it('rebuilds for a new feed sequence and when the saved index is damaged', async () => {
    const mem = memoryStorage();
    mem.saved.set(indexKey(5), '{"not":"an index"');
    const handle = createSearchHandler(mem.storage);
    expect(await handle({ requestId: 1, query: 'berg', sequence: 5 })).toMatchObject({ ids: ['m2'], index: 'built' });
    expect(await handle({ requestId: 2, query: 'berg', sequence: 6 })).toMatchObject({ ids: ['m2'], index: 'built' });
  });

  it('answers an empty query with no ids (the page then lists everyone)', async () => {
    expect(await createSearchHandler(memoryStorage().storage)({ requestId: 1, query: '  ', sequence: 1 })).toMatchObject({ ok: true, ids: [] });
  });
});
