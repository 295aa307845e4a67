import { createContext, createResource, createRoot, createSignal, useContext } from 'solid-js';
import { getSetting } from '../../storage/settings-store.ts';
import { putSettingDurably } from '../../storage/settings-journal.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';

const KEY = 'shortlist';
export const MAX_COMPARE = 4;

/** The mediators a person keeps to compare and share: ids only, kept on this device. */
export function createShortlist() {
  const stored = useDb().then(async (db): Promise<string[]> => [...((await getSetting(db, KEY)) ?? [])]);
  const [ids, { mutate }] = createResource(() => stored, { initialValue: [] });
  const [error, setError] = createSignal<string>();

  // A change waits for the stored list: made to the empty list shown until then, it would overwrite the stored one.
  async function save(change: (current: string[]) => string[]) {
    if (ids.state !== 'ready') await stored.catch(() => undefined);
    const next = change(ids());
    mutate(next);
    try {
      await putSettingDurably(useDb(), KEY, next);
      setError(undefined);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }

  return {
    ids,
    error,
    has: (id: string) => ids().includes(id),
    toggle: (id: string) => save((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])),
    addAll: (more: readonly string[]) => save((list) => [...new Set([...list, ...more])]),
    remove: (id: string) => save((list) => list.filter((x) => x !== id)),
  };
}

export type Shortlist = ReturnType<typeof createShortlist>;
/** A test may provide its own; the app has one for the page's lifetime, made when a directory page first asks. */
export const ShortlistContext = createContext<Shortlist>();

let appShortlist: Shortlist | undefined;

export function useShortlist(): Shortlist {
  const provided = useContext(ShortlistContext);
  if (provided) return provided;
  appShortlist ??= createRoot(() => createShortlist());
  return appShortlist;
}
