import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { createDirectorySearch } from '../directory/create-directory-search.ts';
import { facetTitle, facetValueLabel } from '../directory/facet-labels.ts';
import { LazyDetails } from '../components/LazyDetails.tsx';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { FilterPanel } from '../directory/FilterPanel.tsx';
import { MediatorList } from '../directory/MediatorCard.tsx';
import { useShortlist } from '../directory/create-shortlist.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from '../directory/directory.messages.ts';
import { formatNumber } from '../app/format.ts';
import { createPageTitle } from '../app/page-title.ts';

const PAGE = 12;

export default function DirectoryPage() {
  const search = createDirectorySearch();
  const shortlist = useShortlist();
  const [limit, setLimit] = createSignal(PAGE);
  const m = () => t(directoryMessages);
  createPageTitle(() => m().findTitle);
  const filtersOn = () => Object.keys(search.filters()).length;

  return (
    <section class="page directory">
      <h1>{m().findTitle}</h1>
      <p class="links">
        <A href="/mediators/shortlist">{m().yourShortlistCount(shortlist.ids().length)}</A>
        <A href="/mediators/mentors">{m().findMentorLink}</A>
      </p>
      <FeedStatus />
      <label class="search-box">
        <span>{m().searchLabel}</span>
        <input
          type="search"
          value={search.query()}
          onInput={(e) => search.setQuery(e.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
        />
      </label>
      {/* Built on first opening: counting every filter value is the page's heaviest work. */}
      <LazyDetails
        class="filters-box"
        open={Object.keys(search.filters()).length > 0}
        summary={filtersOn() ? m().filtersOn(filtersOn()) : m().filters}
      >
        <FilterPanel filters={search.filters()} counts={search.counts()} onChange={search.setFilter} />
        <button type="button" class="button small" onClick={search.clearFilters}>
          {m().clearFilters}
        </button>
      </LazyDetails>
      <div role="status">
        <h2 class="result-count">
          {/* Until the search worker first answers, there is nothing to count: not "0 of 0". */}
          {search.ready()
            ? m().resultCount(formatNumber(search.results().length), formatNumber(search.total()))
            : m().loading}
        </h2>
      </div>
      <Show when={!search.results().length && search.total()}>
        <div class="notice">
          <p>{m().noMatch}</p>
          <Show when={search.relaxations().length} fallback={<p>{m().tryFewer}</p>}>
            <ul>
              <For each={search.relaxations()}>
                {(r) => (
                  <li>
                    <button type="button" class="button small" onClick={() => search.setFilter(r.facet, undefined)}>
                      {m().drop(`${facetTitle(r.facet)}: ${facetValueLabel(r.facet, search.filters()[r.facet]!)}`)}
                    </button>{' '}
                    {m().forResults(r.results)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </Show>
      <MediatorList entries={search.results()} limit={limit()} />
      <Show when={search.results().length > limit()}>
        <button type="button" class="button show-more" onClick={() => setLimit(limit() + PAGE)}>
          {m().showMore}
        </button>
      </Show>
    </section>
  );
}
