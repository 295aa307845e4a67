// @vitest-environment jsdom
// The URL fragment as state: read from the router's location, replaced (never pushed) so Back leaves the page.
import { createEffect } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createFragment } from '../../src/ui/workshop/create-fragment.ts';
import { inRouter, untilSettled } from './helpers/in-router.tsx';

function setup(url: string, from?: string) {
  const seen: string[] = [];
  const { history, value, dispose } = inRouter(
    url,
    () => {
      const fragment = createFragment();
      createEffect(() => seen.push(fragment[0]()));
      return fragment;
    },
    from,
  );
  return { history, read: value[0], write: value[1], seen, dispose };
}

describe('createFragment', () => {
  it('reads the fragment of the address, empty when there is none', () => {
    const flipped = setup('/workshop/late-deliveries#flip=q.cost:0');
    expect(flipped.read()).toBe('#flip=q.cost:0');
    flipped.dispose();
    const plain = setup('/workshop/late-deliveries');
    expect(plain.read()).toBe('');
    plain.dispose();
  });

  it('writes the fragment on the same page, and whoever reads it follows', async () => {
    const { history, read, write, seen, dispose } = setup('/workshop/late-deliveries');
    write('#flip=q.cost:0');
    expect(await untilSettled(() => read() === '#flip=q.cost:0')).toBe(true);
    expect(history.get()).toBe('/workshop/late-deliveries#flip=q.cost:0');
    expect(seen).toEqual(['', '#flip=q.cost:0']);
    write('');
    expect(await untilSettled(() => read() === '')).toBe(true);
    expect(history.get()).toBe('/workshop/late-deliveries');
    dispose();
  });

  it('replaces the address rather than adding to the history, so Back leaves the page', async () => {
    const { history, read, write, dispose } = setup('/workshop/late-deliveries', '/workshop');
    write('#flip=q.cost:0');
    expect(await untilSettled(() => read() === '#flip=q.cost:0')).toBe(true);
    write('#flip=q.cost:1');
    expect(await untilSettled(() => read() === '#flip=q.cost:1')).toBe(true);
    history.back();
    expect(history.get()).toBe('/workshop');
    dispose();
  });
});
