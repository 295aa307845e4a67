// The tab names the page shown: a page that leaves after the next one arrived does not take the next one's name away.
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createPageTitle, pageTitle } from '../../src/ui/app/page-title.ts';

describe('createPageTitle', () => {
  it('names the page while it is shown and follows its words', () => {
    const [words, setWords] = createSignal('Directory');
    const dispose = createRoot((dispose) => {
      createPageTitle(words);
      return dispose;
    });
    expect(pageTitle()).toBe('Directory');
    setWords('Annuaire');
    expect(pageTitle()).toBe('Annuaire');
    dispose();
    expect(pageTitle()).toBeUndefined();
  });

  it('keeps the newer page’s name when the older page is disposed after it arrived', () => {
    const leaving = createRoot((dispose) => {
      createPageTitle(() => 'Results');
      return dispose;
    });
    const arriving = createRoot((dispose) => {
      createPageTitle(() => 'Worksheet');
      return dispose;
    });
    leaving();
    expect(pageTitle()).toBe('Worksheet');
    arriving();
    expect(pageTitle()).toBeUndefined();
  });
});
