import { createSignal, onMount, type Accessor } from 'solid-js';

/** True once the component's first frame has painted: below-the-fold sections render then, in their own task. */
export function createAfterFirstPaint(): Accessor<boolean> {
  const [painted, setPainted] = createSignal(false);
  onMount(() => requestAnimationFrame(() => setTimeout(() => setPainted(true), 0)));
  return painted;
}
