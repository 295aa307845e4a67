// Registry text made safe to show: no bidi controls that could reorder a name, no name made of nothing visible.

/** Embeddings, overrides, isolates and marks (U+202A-E, U+2066-9, LRM, RLM, ALM): a name could display reversed. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Spaces, format characters (zero-width, bidi) and Hangul fillers: text of only these shows as nothing. */
const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0]*$/u;

export function isInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** Every string in a checked record with its bidi controls removed (objects and lists copied, nothing else changed). */
export function stripBidiControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BIDI_CONTROLS, '') as T;
  if (Array.isArray(value)) return value.map(stripBidiControls) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripBidiControls(item)])) as T;
  }
  return value;
}
