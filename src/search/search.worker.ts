// Builds or loads the search index off the main thread, so typing never waits for it.
import { openOleDb } from '../storage/db.ts';
import { loadRegistry } from '../storage/registry-store.ts';
import { getSavedIndex, putSavedIndex } from '../storage/search-index-store.ts';
import { createSearchHandler, type SearchRequest } from './search-handler.ts';

const db = openOleDb();
const handle = createSearchHandler({
  getIndex: async (key) => getSavedIndex(await db, key),
  putIndex: async (key, json) => putSavedIndex(await db, key, json),
  // Only the deprecated protocol reads profiles here; `open` brings them from the page.
  loadProfiles: async () => (await loadRegistry(await db)).profiles,
});

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  self.postMessage(await handle(event.data));
};
