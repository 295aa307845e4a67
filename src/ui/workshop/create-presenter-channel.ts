// The presenter's channel to its notes window, for one scenario; closed with the page. No channel, no notes sync.
import { onCleanup } from 'solid-js';
import {
  parsePresenterMessage,
  PRESENTER_CHANNEL,
  type PresenterMessage,
} from '../../domain/workshop/presenter-channel.ts';

export function createPresenterChannel(
  scenarioId: () => string,
  onMessage: (message: PresenterMessage) => void,
): (message: PresenterMessage) => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = parsePresenterMessage(event.data);
    if (message && message.scenarioId === scenarioId()) onMessage(message);
  };
  onCleanup(() => channel.close());
  return (message) => channel.postMessage(message);
}
