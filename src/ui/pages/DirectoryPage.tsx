import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { createDirectorySearch } from '../directory/create-directory-search.ts';
import { FACET_TITLES, facetValueLabel } from '../directory/facet-labels.ts';
import { LazyDetails } from '../components/LazyDetails.tsx';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { FilterPanel } from '../directory/FilterPanel.tsx';
import { MediatorList } from '../directory/MediatorCard.tsx';
import { useShortlist } from '../directory/create-shortlist.ts';

const PAGE = 12;

export default function DirectoryPage() {
  const search = createDirectorySearch();
  const shortlist = useShortlist();
  const [limit, setLimit] = createSignal(PAGE);

  return (
    <section class="page directory">
      <h1>Find a certified mediator</h1>
      <p class="links">
        <A href="/mediators/shortlist">Your shortlist ({shortlist.ids().length})</A>
        <A href="/mediators/mentors">Find a mentor (YMI)</A>
      </p>
      <FeedStatus />
      <label class="search-box">
        <span>Search by name, place, language, area</span>
        <input type="search" value={search.query()} onInput={(e) => search.setQuery(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
      </label>
      {/* Built on first opening: counting every filter value is the page's heaviest work. */}
      <LazyDetails
        class="filters-box"
        open={Object.keys(search.filters()).length > 0}
        summary={`Filters${Object.keys(search.filters()).length ? ` (${Object.keys(search.filters()).length} on)` : ''}`}
      >
        <FilterPanel filters={search.filters()} counts={search.counts()} onChange={search.setFilter} />
        <button type="button" class="button small" onClick={search.clearFilters}>
          Clear filters
        </button>
      </LazyDetails>
      <div role="status">
        <h2 class="result-count">
          {search.results().length} of {search.total()} mediators
        </h2>
      </div>
      <Show when={!search.results().length && search.total()}>
        <div class="notice">
          <p>No mediator matches all of this.</p>
          <Show when={search.relaxations().length} fallback={<p>Try fewer or different words.</p>}>
            <ul>
              <For each={search.relaxations()}>
                {(r) => (
                  <li>
                    <button type="button" class="button small" onClick={() => search.setFilter(r.facet, undefined)}>
                      Drop “{FACET_TITLES[r.facet]}: {facetValueLabel(r.facet, search.filters()[r.facet]!)}”
                    </button>{' '}
                    for {r.results} result{r.results === 1 ? '' : 's'}
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
          Show more
        </button>
      </Show>
    </section>
  );
}
