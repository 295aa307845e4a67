// A shared shortlist travels as mediator ids in a link: nothing else, and never more than a handful.
export const MAX_SHARED_IDS = 20;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Reads the `ids` parameter of a shared link; anything that is not a plain id is dropped. */
export function parseSharedIds(raw: string | undefined | null): string[] {
  return [...new Set((raw ?? '').split(',').filter((id) => ID.test(id)))].slice(0, MAX_SHARED_IDS);
}

export function shortlistPath(ids: readonly string[]): string {
  return `/mediators/shortlist?ids=${ids
    .filter((id) => ID.test(id))
    .slice(0, MAX_SHARED_IDS)
    .join(',')}`;
}
