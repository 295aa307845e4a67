import { createContext, createResource, createSignal, useContext } from 'solid-js';
import { getSetting, putSetting } from '../../storage/settings-store.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';

const KEY = 'shortlist';
export const MAX_COMPARE = 4;

/** The mediators a person keeps to compare and share: ids only, kept on this device. */
export function createShortlist() {
  const [ids, { mutate }] = createResource(async () => (await getSetting(await useDb(), KEY)) ?? [], {
    initialValue: [],
  });
  const [error, setError] = createSignal<string>();

  async function save(next: string[]) {
    mutate(next);
    try {
      await putSetting(await useDb(), KEY, next);
      setError(undefined);
    } catch (e) {
      setError(describeStorageError(e));
    }
  }

  return {
    ids,
    error,
    has: (id: string) => ids().includes(id),
    toggle: (id: string) => save(ids().includes(id) ? ids().filter((x) => x !== id) : [...ids(), id]),
    addAll: (more: readonly string[]) => save([...new Set([...ids(), ...more])]),
    remove: (id: string) => save(ids().filter((x) => x !== id)),
  };
}

export type Shortlist = ReturnType<typeof createShortlist>;
export const ShortlistContext = createContext<Shortlist>();

export function useShortlist(): Shortlist {
  const shortlist = useContext(ShortlistContext);
  if (!shortlist) throw new Error('useShortlist must be used inside <ShortlistContext.Provider>');
  return shortlist;
}
