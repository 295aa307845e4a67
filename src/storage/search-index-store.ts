// The saved search index: one entry, replaced when the feed or the index options change.
import type { OleDb } from './db.ts';

export function getSavedIndex(db: OleDb, key: string): Promise<string | undefined> {
  return db.get('searchIndex', key);
}

export async function putSavedIndex(db: OleDb, key: string, json: string): Promise<void> {
  const tx = db.transaction('searchIndex', 'readwrite');
  await tx.store.clear();
  await tx.store.put(json, key);
  await tx.done;
}
