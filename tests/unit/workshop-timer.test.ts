// The workshop timer and the presenter's channel messages, as plain values.
import { describe, expect, it } from 'vitest';
import { parsePresenterMessage } from '../../src/domain/workshop/presenter-channel.ts';
import {
  clockText,
  elapsed,
  isDone,
  isRunning,
  newTimer,
  remaining,
  toggleTimer,
} from '../../src/domain/workshop/timer.ts';

describe('workshop timer', () => {
  it('counts down twenty minutes from its start, and pauses', () => {
    const t0 = 1_000_000;
    const paused = newTimer();
    expect(remaining(paused, t0 + 5_000)).toBe(20 * 60_000);
    const running = toggleTimer(paused, t0);
    expect(isRunning(running)).toBe(true);
    expect(remaining(running, t0 + 61_000)).toBe(19 * 60_000 - 1_000);
    const held = toggleTimer(running, t0 + 61_000);
    expect(isRunning(held)).toBe(false);
    expect(elapsed(held, t0 + 10 * 60_000)).toBe(61_000);
    const again = toggleTimer(held, t0 + 10 * 60_000);
    expect(isDone(again, t0 + 10 * 60_000 + 20 * 60_000 - 61_000 - 1)).toBe(false);
    expect(isDone(again, t0 + 10 * 60_000 + 20 * 60_000 - 61_000)).toBe(true);
    expect(remaining(again, t0 + 60 * 60_000)).toBe(0);
  });

  it('writes minutes and seconds, a started second counting whole', () => {
    expect(clockText(20 * 60_000)).toBe('20:00');
    expect(clockText(19 * 60_000 + 59_001)).toBe('20:00');
    expect(clockText(59_000)).toBe('0:59');
    expect(clockText(1)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-5)).toBe('0:00');
  });
});

describe('presenter channel messages', () => {
  it('accepts the three messages and ignores anything else', () => {
    expect(parsePresenterMessage({ type: 'step', scenarioId: 'x', index: 3, fragment: '#flip=q.a%3A1' })).toEqual({
      type: 'step',
      scenarioId: 'x',
      index: 3,
      fragment: '#flip=q.a%3A1',
    });
    expect(parsePresenterMessage({ type: 'hello', scenarioId: 'x' })).toEqual({ type: 'hello', scenarioId: 'x' });
    expect(parsePresenterMessage({ type: 'go', scenarioId: 'x', index: 0 })).toEqual({
      type: 'go',
      scenarioId: 'x',
      index: 0,
    });
    for (const junk of [
      null,
      'step',
      3,
      {},
      { type: 'go', scenarioId: 'x', index: -1 },
      { type: 'go', scenarioId: 'x', index: 1.5 },
      { type: 'step', scenarioId: 'x', index: 1 },
      { type: 'nope', scenarioId: 'x' },
      { type: 'hello' },
    ])
      expect(parsePresenterMessage(junk)).toBeUndefined();
  });
});
