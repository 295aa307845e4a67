import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Component tests render into jsdom; unmount after each so tests cannot see each other's DOM.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@solidjs/testing-library');
  cleanup();
});

// Every locale's texts in memory before a test runs, as the page has its own before it paints.
const { LOCALES } = await import('../../src/i18n/locale.ts');
const { loadLocale } = await import('../../src/ui/app/i18n.ts');
await Promise.all(LOCALES.map(loadLocale));
