// Device settings, one key each in the settings store, each read back through a check of its own shape.
import type { OleDb } from './db.ts';
import type { ProtectionConfig, SettingKey, Settings } from './schema.ts';

/** The stored protection settings are not readable: refusing beats treating the cases as unprotected. */
export class DamagedSettingError extends Error {
  constructor(readonly key: SettingKey) {
    super(`the stored setting "${key}" is damaged`);
    this.name = 'DamagedSettingError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTextList = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every(isText);

function isProtectionConfig(v: unknown): v is ProtectionConfig {
  if (!isRecord(v) || v['version'] !== 1 || !isRecord(v['key']) || !isRecord(v['check'])) return false;
  const { kdf, iterations, salt } = v['key'];
  const { iv, data } = v['check'];
  return kdf === 'PBKDF2-SHA-256' && Number.isSafeInteger(iterations) && isText(salt) && isText(iv) && isText(data);
}

/**
 * What each key may hold. An unreadable value (an older build's, or damaged) reads as unset, so the default applies;
 * only protection refuses instead, since "unset" there would mean writing cases in the clear.
 */
const READERS: { readonly [K in SettingKey]: (stored: unknown) => Settings[K] | undefined } = {
  caseProtection: (v) => {
    if (v === undefined || isProtectionConfig(v)) return v;
    throw new DamagedSettingError('caseProtection');
  },
  caseAutoLockMinutes: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined),
  shortlist: (v) => (isTextList(v) ? v : undefined),
  mentee: (v) =>
    isRecord(v) &&
    isTextList(v['countries']) &&
    isTextList(v['languages']) &&
    isTextList(v['interests']) &&
    isTextList(v['wants']) &&
    typeof v['online'] === 'boolean'
      ? (v as Settings['mentee'])
      : undefined,
};

/** A value as read from the store (also inside a transaction), checked against its key's shape. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): Settings[K] | undefined {
  return READERS[key](stored);
}

export async function getSetting<K extends SettingKey>(db: OleDb, key: K): Promise<Settings[K] | undefined> {
  return readSetting(key, await db.get('settings', key));
}

export async function putSetting<K extends SettingKey>(db: OleDb, key: K, value: Settings[K]): Promise<void> {
  await db.put('settings', value, key);
}
