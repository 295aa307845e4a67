// The tab's name says which page is open (screen readers announce it after a move), in the interface's language.
import { createRoot, createSignal, onCleanup } from 'solid-js';

const [current, setCurrent] = createRoot(() => createSignal<(() => string) | undefined>());

/** Names the tab after this page while the calling component is shown; `title` is read reactively, so it follows a switch. */
export function createPageTitle(title: () => string): void {
  setCurrent(() => title);
  // The next page may have named the tab already: only the page that set the name takes it back.
  onCleanup(() => setCurrent((shown) => (shown === title ? undefined : shown)));
}

/** The open page's name, or undefined on a page that gives none. */
export function pageTitle(): string | undefined {
  return current()?.();
}
