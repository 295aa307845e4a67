// The presenter's channel to its notes window: only its own scenario's checked messages, closed with the page.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESENTER_CHANNEL, type PresenterMessage } from '../../src/domain/workshop/presenter-channel.ts';
import { createPresenterChannel } from '../../src/ui/workshop/create-presenter-channel.ts';

const open: BroadcastChannel[] = [];
/** The notes window's end of the channel. */
function otherWindow(): BroadcastChannel {
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  open.push(channel);
  return channel;
}
function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => {
    channel.onmessage = (event: MessageEvent) => resolve(event.data);
  });
}

afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('createPresenterChannel', () => {
  it("hands on only the well-formed messages for the page's current scenario", async () => {
    const [scenario, setScenario] = createSignal('late-deliveries');
    const received: PresenterMessage[] = [];
    let arrived = () => {};
    const dispose = createRoot((dispose) => {
      createPresenterChannel(scenario, (m) => {
        received.push(m);
        arrived();
      });
      return dispose;
    });
    const notes = otherWindow();
    // One channel delivers in the order sent: once the last message is handed on, the ones before were seen.
    const sendLast = (message: PresenterMessage) => {
      const handed = new Promise<void>((resolve) => (arrived = resolve));
      notes.postMessage(message);
      return handed;
    };

    notes.postMessage({ type: 'go', scenarioId: 'another', index: 3 });
    notes.postMessage({ type: 'go', scenarioId: 'late-deliveries', index: -1 });
    notes.postMessage({ type: 'go', scenarioId: 'late-deliveries', index: 1.5 });
    notes.postMessage({ type: 'nonsense', scenarioId: 'late-deliveries' });
    notes.postMessage('hello');
    notes.postMessage(null);
    await sendLast({ type: 'go', scenarioId: 'late-deliveries', index: 2 });
    expect(received).toEqual([{ type: 'go', scenarioId: 'late-deliveries', index: 2 }]);

    setScenario('another');
    notes.postMessage({ type: 'hello', scenarioId: 'late-deliveries' });
    await sendLast({ type: 'hello', scenarioId: 'another' });
    expect(received).toEqual([
      { type: 'go', scenarioId: 'late-deliveries', index: 2 },
      { type: 'hello', scenarioId: 'another' },
    ]);
    dispose();
  });

  it('sends to the other windows', async () => {
    const dispose = createRoot((dispose) => {
      const send = createPresenterChannel(
        () => 's',
        () => {},
      );
      const notes = otherWindow();
      const arrived = nextMessage(notes);
      send({ type: 'step', scenarioId: 's', index: 1, fragment: '#flip=q.cost:0' });
      return { dispose, arrived };
    });
    expect(await dispose.arrived).toEqual({ type: 'step', scenarioId: 's', index: 1, fragment: '#flip=q.cost:0' });
    dispose.dispose();
  });

  it('closes its channel when its owner is disposed', () => {
    const close = vi.spyOn(BroadcastChannel.prototype, 'close');
    const { dispose, send } = createRoot((dispose) => ({
      dispose,
      send: createPresenterChannel(
        () => 's',
        () => {},
      ),
    }));
    expect(() => send({ type: 'hello', scenarioId: 's' })).not.toThrow();
    expect(close).not.toHaveBeenCalled();
    dispose();
    expect(close).toHaveBeenCalledTimes(1);
    // The channel it sends on is the one closed: a closed BroadcastChannel refuses to send.
    expect(() => send({ type: 'hello', scenarioId: 's' })).toThrow();
  });

  it('does nothing, and sends nowhere, where the browser has no BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const received: PresenterMessage[] = [];
    createRoot((dispose) => {
      const send = createPresenterChannel(
        () => 's',
        (m) => received.push(m),
      );
      expect(() => send({ type: 'hello', scenarioId: 's' })).not.toThrow();
      dispose();
    });
    expect(received).toEqual([]);
  });
});
