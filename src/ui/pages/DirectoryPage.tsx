import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { createDirectorySearch } from '../directory/create-directory-search.ts';
import { facetTitle, facetValueLabel } from '../directory/facet-labels.ts';
import { LazyDetails } from '../components/LazyDetails.tsx';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { FilterPanel } from '../directory/FilterPanel.tsx';
import { MediatorList } from '../directory/MediatorCard.tsx';
import { useShortlist } from '../directory/create-shortlist.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from '../directory/directory.messages.ts';
import { formatList, formatNumber } from '../app/format.ts';
import { createPageTitle } from '../app/page-title.ts';
import { searchMessages } from '../directory/search.messages.ts';
import { withoutWord } from '../../domain/matching/search-state.ts';

export default function DirectoryPage() {
  const search = createDirectorySearch();
  const shortlist = useShortlist();
  const m = () => t(directoryMessages);
  const s = () => t(searchMessages);
  const quoted = (words: readonly string[]) => formatList(words.map((w) => s().quote(w)));
  const dropWord = (word: string) => search.setQuery(withoutWord(search.query(), word));
  createPageTitle(() => m().findTitle);
  const filtersOn = () => Object.keys(search.filters()).length;
  // What can be relaxed when nothing matches: a word the directory lacks, a word too many, a filter.
  const canRelax = () => {
    const empty = search.empty();
    return Boolean(
      search.relaxations().length || empty?.unmatched.length || empty?.withoutWord.length || empty?.withoutFilters,
    );
  };

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
      {/* Busy while an answer is on its way: a screen reader reads the count once, when it is right. */}
      <div role="status" aria-busy={search.searching() ? 'true' : 'false'}>
        <h2 class="result-count">
          {/* Until the search worker first answers, there is nothing to count: not "0 of 0". */}
          {search.ready() ? m().resultCount(formatNumber(search.matches()), formatNumber(search.total())) : m().loading}
        </h2>
      </div>
      {/* A process is not someone to list: say what the directory holds, and where processes are compared. */}
      <Show when={search.processes().length}>
        <div class="notice process-note">
          <p>{s().processNote(search.processes().length, quoted(search.processes().map((p) => p.word)))}</p>
          <p>
            <A href="/">{s().compareProcesses}</A>
          </p>
        </div>
      </Show>
      {/* Nothing matches: why, and what to relax (a word the directory lacks, a word too many, a filter). A process
          named is reason enough on its own: the note above says it, without "no mediator matches". */}
      <Show when={!search.results().length && search.total() && (canRelax() || !search.processes().length)}>
        <div class="notice no-match">
          <p>{m().noMatch}</p>
          <Show when={search.empty()?.unmatched.length}>
            <p>
              {s().nothingLike(quoted(search.empty()!.unmatched))} {s().checkSpelling}
            </p>
          </Show>
          <Show when={!search.empty()?.unmatched.length && search.empty()?.withoutWord.length}>
            <p>{s().notTogether}</p>
          </Show>
          <Show when={search.empty()?.withoutFilters && !search.relaxations().length}>
            <p>{s().filtersExclude(search.empty()!.withoutFilters, formatNumber(search.empty()!.withoutFilters))}</p>
          </Show>
          <Show when={canRelax()} fallback={<p>{m().tryFewer}</p>}>
            <ul class="relaxations">
              <For each={search.empty()?.unmatched ?? []}>
                {(word) => (
                  <li>
                    <button type="button" class="button small" onClick={() => dropWord(word)}>
                      {s().searchWithout(s().quote(word))}
                    </button>
                    <Show when={search.empty()?.withoutWord.find((w) => w.word === word)}>
                      {(w) => <> {m().forResults(w().results)}</>}
                    </Show>
                  </li>
                )}
              </For>
              <For each={search.empty()?.unmatched.length ? [] : (search.empty()?.withoutWord ?? [])}>
                {(w) => (
                  <li>
                    <button type="button" class="button small" onClick={() => dropWord(w.word)}>
                      {s().searchWithout(s().quote(w.word))}
                    </button>{' '}
                    {m().forResults(w.results)}
                  </li>
                )}
              </For>
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
              <Show when={search.empty()?.withoutFilters && !search.relaxations().length}>
                <li>
                  <button type="button" class="button small" onClick={search.clearFilters}>
                    {m().clearFilters}
                  </button>{' '}
                  {m().forResults(search.empty()!.withoutFilters)}
                </li>
              </Show>
            </ul>
          </Show>
        </div>
      </Show>
      <MediatorList entries={search.results()} />
      <Show when={search.matches() > search.results().length}>
        <button type="button" class="button show-more" onClick={search.showMore}>
          {m().showMore}
        </button>
      </Show>
    </section>
  );
}
