import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Component tests render into jsdom; unmount after each so tests cannot see each other's DOM.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@solidjs/testing-library');
  cleanup();
});
