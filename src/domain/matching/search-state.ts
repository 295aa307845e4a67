// A directory search as URL parameters: filters are codes; the typed words go in `q` only when the caller allows.
import { filtersFromParams, filtersToParams, type Filters } from './filters.ts';
import { WORD_SEPARATORS } from './fold.ts';

export type SearchState = { readonly query: string; readonly filters: Filters };

export const QUERY_PARAM = 'q';
/** Enough for names and a few words; a longer `q` in a link is cut, not trusted. */
export const MAX_QUERY_LENGTH = 120;

/** Cleans typed words: collapses spaces, drops control characters, caps the length. */
export function cleanQuery(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** `withQuery: false` keeps a link free of anything the user typed (a name is personal data to some). */
export function searchToParams(state: SearchState, options: { withQuery: boolean }): Record<string, string> {
  const params = filtersToParams(state.filters);
  const query = cleanQuery(state.query);
  return options.withQuery && query ? { [QUERY_PARAM]: query, ...params } : params;
}

export function searchFromParams(params: Readonly<Record<string, string | undefined>>): SearchState {
  return { query: cleanQuery(params[QUERY_PARAM] ?? ''), filters: filtersFromParams(params) };
}

/** The query without the first piece that holds a typed word (as the search reported it), for "search without". */
export function withoutWord(query: string, word: string): string {
  const pieces = query.split(/\s+/).filter(Boolean);
  const at = pieces.findIndex((piece) => piece.split(WORD_SEPARATORS).includes(word));
  return at < 0 ? query : cleanQuery(pieces.filter((_, i) => i !== at).join(' '));
}
