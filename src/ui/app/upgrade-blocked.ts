import { createSignal } from 'solid-js';

// Apart from db.ts, so the notice costs the first screen nothing of IndexedDB's code.
const [upgradeBlocked, setUpgradeBlocked] = createSignal(false);

/** True while an older Olé in another tab keeps this page from upgrading the stored data (it waits, it does not fail). */
export { upgradeBlocked, setUpgradeBlocked };
