/** localStorage, the one store a closing page can write synchronously; undefined when the browser disables it. */
export function localJournal(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage disabled: the IndexedDB write is all there is
  }
}
