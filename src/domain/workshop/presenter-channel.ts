// The presenter and its notes window keep in step over a BroadcastChannel: which scenario, which step, which flip.
export const PRESENTER_CHANNEL = 'ole.workshop.presenter';

export type PresenterMessage =
  /** The presenter's state, sent on every change and in answer to "hello". */
  | { readonly type: 'step'; readonly scenarioId: string; readonly index: number; readonly fragment: string }
  /** A notes window that just opened asks where the slides are. */
  | { readonly type: 'hello'; readonly scenarioId: string }
  /** The notes window moves the slides. */
  | { readonly type: 'go'; readonly scenarioId: string; readonly index: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A message from another window, checked: anything else on the channel is ignored. */
export function parsePresenterMessage(data: unknown): PresenterMessage | undefined {
  if (!isRecord(data) || typeof data['scenarioId'] !== 'string') return undefined;
  const index = data['index'];
  const isIndex = typeof index === 'number' && Number.isInteger(index) && index >= 0;
  if (data['type'] === 'hello') return { type: 'hello', scenarioId: data['scenarioId'] };
  if (data['type'] === 'go' && isIndex) return { type: 'go', scenarioId: data['scenarioId'], index };
  if (data['type'] === 'step' && isIndex && typeof data['fragment'] === 'string' && data['fragment'].length <= 200)
    return { type: 'step', scenarioId: data['scenarioId'], index, fragment: data['fragment'] };
  return undefined;
}
