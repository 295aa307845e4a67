import { A } from '@solidjs/router';
import type { ParentProps } from 'solid-js';
import { createFeedSync, FeedSyncContext } from '../directory/create-feed-sync.ts';
import { createShortlist, ShortlistContext } from '../directory/create-shortlist.ts';
import { ThemeToggle } from './ThemeToggle.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';

export function Layout(props: ParentProps) {
  const feedSync = createFeedSync();
  const shortlist = createShortlist();
  return (
    <FeedSyncContext.Provider value={feedSync}>
      <ShortlistContext.Provider value={shortlist}>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="app-header">
        <A href="/" class="brand" aria-label="Olé home">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>Olé</span>
        </A>
        <nav aria-label="Main">
          <A href="/" end>Cases</A>
          <A href="/mediators">Mediators</A>
          <A href="/standards">Standards</A>
        </nav>
        <ThemeToggle />
      </header>
      <UpdatePrompt />
      <main id="main" tabindex="-1">{props.children}</main>
      <footer class="app-footer">
        <p>
          <strong>Not legal advice.</strong> Olé helps you think about your options; for advice on your case, speak to a
          qualified adviser.
        </p>
        <p>Your answers stay on this device. Olé sends nothing anywhere unless you export or share.</p>
      </footer>
      </ShortlistContext.Provider>
    </FeedSyncContext.Provider>
  );
}
