// Runs a primitive that needs the router on a page of a memory router, in a root of its own.
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { createRoot } from 'solid-js';

/** The page is at `url`, reached from `from`: Back goes there. */
export function inRouter<T>(url: string, primitive: () => T, from = '/') {
  const history = createMemoryHistory();
  history.set({ value: from, replace: true, scroll: false });
  history.set({ value: url, scroll: false });
  let made: { value: T } | undefined;
  const Page = () => {
    made = { value: primitive() };
    return null;
  };
  const dispose = createRoot((dispose) => {
    <MemoryRouter history={history}>
      <Route path="*" component={Page} />
    </MemoryRouter>;
    return dispose;
  });
  if (!made) throw new Error('the page did not render');
  return { history, value: made.value, dispose };
}

export async function untilSettled(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !check(); i++) await Promise.resolve();
  return check();
}
