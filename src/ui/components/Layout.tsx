import { A } from '@solidjs/router';
import { createEffect, getOwner, onMount, runWithOwner, type ParentProps } from 'solid-js';
import { t } from '../app/i18n.ts';
import { pageTitle } from '../app/page-title.ts';
import { whenPageIdle } from '../app/yield-to-browser.ts';
import { layoutMessages } from './layout.messages.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import { UpgradeBlocked } from './UpgradeBlocked.tsx';

export function Layout(props: ParentProps) {
  const m = () => t(layoutMessages);
  // The tab's name follows the page and the language.
  createEffect(() => {
    const page = pageTitle();
    document.title = page ? m().pageTitle(page) : m().documentTitle;
  });
  // index.html says it in English; a search result or a shared tab then reads it in the chosen language.
  createEffect(() => document.querySelector('meta[name="description"]')?.setAttribute('content', m().description));
  // Loaded after the first screen: it only acts once cases are protected and unlocked.
  const owner = getOwner();
  onMount(
    () => void import('../cases/create-auto-lock.ts').then(({ createAutoLock }) => runWithOwner(owner, createAutoLock)),
  );
  // The directory's freshness check starts once the first screen is drawn, in the directory's own chunk.
  onMount(
    () =>
      void whenPageIdle()
        .then(() => import('../directory/create-feed-sync.ts'))
        .then((m) => m.appFeedSync()),
  );
  return (
    <>
      <a class="skip-link" href="#main">
        {m().skipToContent}
      </a>
      <header class="app-header">
        <A href="/" class="brand" aria-label={m().home}>
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>Olé</span>
        </A>
        <nav aria-label={m().mainNav}>
          <A href="/" end>
            {m().cases}
          </A>
          <A href="/mediators">{m().mediators}</A>
          <A href="/standards">{m().standards}</A>
          <A href="/workshop">{m().workshop}</A>
        </nav>
        <LanguageSwitch />
        <ThemeToggle />
      </header>
      <UpdatePrompt />
      <UpgradeBlocked />
      <main id="main" tabindex="-1">
        {props.children}
      </main>
      <footer class="app-footer">
        <p>
          <strong>{m().notLegalAdvice}</strong> {m().notLegalAdviceMore}
        </p>
        <p>{m().privacy}</p>
        <p>
          <A href="/how">{m().how}</A>
        </p>
      </footer>
    </>
  );
}
