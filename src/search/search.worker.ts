// Builds or loads the search index off the main thread, so typing never waits for it.
import { openOleDb } from '../storage/db.ts';
import { getSavedIndex, putSavedIndex } from '../storage/search-index-store.ts';
import { createSearchHandler } from './search-handler.ts';
import type { SearchRequest } from './search-protocol.ts';

const db = openOleDb();
const handle = createSearchHandler({
  getIndex: async (key) => getSavedIndex(await db, key),
  putIndex: async (key, json) => putSavedIndex(await db, key, json),
});

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  self.postMessage(await handle(event.data));
};
