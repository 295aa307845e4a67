import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { goneFromShortlist, type Gone } from '../../domain/registry/shortlist-gone.ts';
import { parseSharedIds } from '../../domain/registry/shortlist-link.ts';
import { loadMediator } from '../../storage/registry-store.ts';
import { useDb } from '../app/db.ts';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { CompareTable } from '../directory/CompareTable.tsx';
import { createRegistryView, type RegistryEntry } from '../directory/create-registry-view.ts';
import { MAX_COMPARE, useShortlist } from '../directory/create-shortlist.ts';
import { ShareShortlist } from '../directory/ShareShortlist.tsx';
import { ShortlistGone } from '../directory/ShortlistGone.tsx';
import { languageName } from '../directory/labels.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from '../directory/directory.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

export default function ShortlistPage() {
  const [search] = useSearchParams<{ ids?: string }>();
  const shortlist = useShortlist();
  const m = () => t(directoryMessages);
  const registry = createRegistryView();
  const shared = createMemo(() => parseSharedIds(search.ids));
  createPageTitle(() => (shared().length ? m().sharedShortlist : m().yourShortlist));
  const ids = () => (shared().length ? shared() : shortlist.ids());
  const entries = createMemo(() =>
    ids()
      .flatMap((id) => registry()?.get(id) ?? [])
      .filter((e) => e.status.listed && !e.status.revoked),
  );
  // Who is not shown, and why: a revocation is read for the few ids the registry view does not list.
  const [gone] = createResource(
    () => {
      const held = registry();
      return held ? { held, ids: ids() } : undefined;
    },
    async ({ held, ids }): Promise<Gone[]> => {
      const db = await useDb();
      const found = await Promise.all(
        ids.map(async (id) => {
          const entry = held.get(id);
          if (entry?.status.listed && !entry.status.revoked) return undefined;
          return goneFromShortlist(id, entry, entry ? undefined : (await loadMediator(db, id)).revocation);
        }),
      );
      return found.filter((g): g is Gone => g !== undefined);
    },
  );
  const [comparing, setComparing] = createSignal<string[]>([]);
  const toCompare = () => entries().filter((e) => comparing().includes(e.profile.id));
  const toggleCompare = (id: string) =>
    setComparing((list) =>
      list.includes(id) ? list.filter((x) => x !== id) : list.length < MAX_COMPARE ? [...list, id] : list,
    );

  return (
    <section class="page shortlist-page">
      <h1>{shared().length ? m().sharedShortlist : m().yourShortlist}</h1>
      <Show when={shared().length}>
        <p>
          {m().sharedText}{' '}
          <button type="button" class="button small" onClick={() => void shortlist.addAll(shared())}>
            {m().addThem}
          </button>
        </p>
      </Show>
      <Show
        when={entries().length}
        fallback={
          <p>
            {m().noMediatorsYet} <A href="/mediators">{m().searchDirectory}</A> {m().andAddSome}
          </p>
        }
      >
        <ul class="shortlist">
          <For each={entries()}>
            {(entry: RegistryEntry) => (
              <li class="shortlist-item">
                <A href={`/mediators/${entry.profile.id}`}>{entry.profile.name}</A>
                <span class="muted small">{entry.profile.languages.map(languageName).join(', ')}</span>
                <Show when={!entry.status.certified}>
                  <span class="small warn-text">{m().notCurrentlyCertified}</span>
                </Show>
                <label class="compare-check no-print">
                  <input
                    type="checkbox"
                    checked={comparing().includes(entry.profile.id)}
                    onChange={() => toggleCompare(entry.profile.id)}
                  />
                  {m().compare}
                </label>
                <Show when={!shared().length}>
                  <button
                    type="button"
                    class="button small no-print"
                    onClick={() => void shortlist.remove(entry.profile.id)}
                  >
                    {m().removeButton}
                    <span class="visually-hidden"> {entry.profile.name}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <p class="muted small no-print">{m().chooseToCompare(MAX_COMPARE)}</p>
        <Show when={toCompare().length >= 2}>
          <CompareTable entries={toCompare()} />
        </Show>
        <Show when={!shared().length}>
          <ShareShortlist ids={entries().map((e) => e.profile.id)} />
        </Show>
      </Show>
      <ShortlistGone gone={gone() ?? []} onRemove={shared().length ? undefined : (id) => void shortlist.remove(id)} />
      <FeedStatus />
    </section>
  );
}
