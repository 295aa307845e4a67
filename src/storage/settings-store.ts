// Small device-local settings and lists (the shortlist, the mentee's profile): one key each in the settings store.
import type { OleDb } from './db.ts';

export async function getSetting<T>(db: OleDb, key: string): Promise<T | undefined> {
  return (await db.get('settings', key)) as T | undefined;
}

export async function putSetting<T>(db: OleDb, key: string, value: T): Promise<void> {
  await db.put('settings', value, key);
}
