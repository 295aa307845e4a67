// Holds the directory off the main thread: reads the registry, builds or loads the search index, and answers
// searches and case matches, so typing never waits for them and the page never holds every profile.
import { registryEntries } from '../domain/registry/registry-entries.ts';
import { openOleDb } from '../storage/db.ts';
import { loadRegistry } from '../storage/registry-store.ts';
import { getSavedIndex, putSavedIndex } from '../storage/search-index-store.ts';
import { createSearchHandler } from './search-handler.ts';
import type { SearchRequest } from './search-protocol.ts';

const db = openOleDb();
const handle = createSearchHandler({
  loadEntries: async (today) => registryEntries(await loadRegistry(await db), today),
  getIndex: async (key) => getSavedIndex(await db, key),
  putIndex: async (key, json) => putSavedIndex(await db, key, json),
});

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  self.postMessage(await handle(event.data));
};
