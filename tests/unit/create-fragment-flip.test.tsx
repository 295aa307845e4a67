// @vitest-environment jsdom
// The flipped answer of a workshop page, read from and written to the URL fragment: codes only, checked.
import { createEffect } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { flipFragment, type Flip } from '../../src/domain/workshop/flip.ts';
import { scenarioLibrary } from '../../src/domain/workshop/scenario-library.ts';
import { createFragmentFlip } from '../../src/ui/workshop/create-fragment-flip.ts';
import { inRouter, untilSettled } from './helpers/in-router.tsx';

const PAGE = '/workshop/scenario';
const flip = scenarioLibrary[0]!.suggestedFlip;

function setup(url: string) {
  const seen: (Flip | undefined)[] = [];
  const { history, value, dispose } = inRouter(url, () => {
    const made = createFragmentFlip();
    createEffect(() => seen.push(made[0]()));
    return made;
  });
  return { history, read: value[0], write: value[1], seen, dispose };
}

describe('createFragmentFlip', () => {
  it('reads the flip the address carries', () => {
    const { read, dispose } = setup(`${PAGE}${flipFragment(flip)}`);
    expect(read()).toEqual(flip);
    dispose();
  });

  it('ignores a fragment naming no question, or no choice of it', () => {
    for (const fragment of ['', '#flip=q.nothing:0', `#flip=${flip.questionId}:not-a-choice`, '#flip=%E0%A4%A']) {
      const { read, dispose } = setup(`${PAGE}${fragment}`);
      expect(read(), fragment).toBeUndefined();
      dispose();
    }
  });

  it('writes the flip to the address, and removes it when undone', async () => {
    const { history, read, write, dispose } = setup(PAGE);
    write(flip);
    expect(await untilSettled(() => read() !== undefined)).toBe(true);
    expect(history.get()).toBe(`${PAGE}${flipFragment(flip)}`);
    expect(read()).toEqual(flip);
    write(undefined);
    expect(await untilSettled(() => read() === undefined)).toBe(true);
    expect(history.get()).toBe(PAGE);
    dispose();
  });

  it('tells its readers only when the flip itself changes, not the way the fragment spells it', async () => {
    const { history, read, seen, dispose } = setup(`${PAGE}${flipFragment(flip)}`);
    history.set({ value: `${PAGE}${flipFragment(flip)}&other=1`, replace: true, scroll: false });
    expect(await untilSettled(() => history.get().endsWith('&other=1'))).toBe(true);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(read()).toEqual(flip);
    expect(seen).toEqual([flip]);
    history.set({ value: PAGE, replace: true, scroll: false });
    expect(await untilSettled(() => read() === undefined)).toBe(true);
    expect(seen).toEqual([flip, undefined]);
    dispose();
  });
});
