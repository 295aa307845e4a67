// Tells other tabs of this app that a saved case changed, so what they show follows without a reload.
import { onCleanup } from 'solid-js';

const CHANNEL = 'ole-cases';

type CaseChange = { readonly caseId: string };

let sender: BroadcastChannel | undefined;

/** Called after a write has been committed; the other tabs re-read the case from storage. */
export function announceCaseChange(caseId: string): void {
  if (typeof BroadcastChannel !== 'function') return;
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage({ caseId } satisfies CaseChange);
}

/** Calls `onChange` with the id of a case another tab changed, for as long as the calling owner lives. */
export function useCaseChanges(onChange: (caseId: string) => void): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Partial<CaseChange>>) => {
    if (typeof event.data?.caseId === 'string') onChange(event.data.caseId);
  };
  onCleanup(() => channel.close());
}
