// Tells other tabs of this app that a saved case changed, so what they show follows without a reload.
import { onCleanup } from 'solid-js';

const CHANNEL = 'ole-cases';

type CaseChange = { readonly caseId: string; readonly from: string };

let sender: BroadcastChannel | undefined;
// Every channel object hears the others, this page's too: a page's own writes are known to it already, and re-reading
// one would show the stored case over an answer given since (a radio flicked back off while the next write ran).
const THIS_PAGE = Math.random().toString(36).slice(2);

/** Called after a write has been committed; the other tabs re-read the case from storage. */
export function announceCaseChange(caseId: string): void {
  if (typeof BroadcastChannel !== 'function') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage({ caseId, from: THIS_PAGE } satisfies CaseChange);
}

/** Calls `onChange` with the id of a case another tab changed, for as long as the calling owner lives. */
export function useCaseChanges(onChange: (caseId: string) => void): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Partial<CaseChange>>) => {
    if (typeof event.data?.caseId === 'string' && event.data.from !== THIS_PAGE) onChange(event.data.caseId);
  };
  onCleanup(() => channel.close());
}
