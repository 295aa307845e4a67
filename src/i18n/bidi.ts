// Latin-script runs inside right-to-left text, isolated (Unicode bidi isolates, UAX #9) so that their parentheses,
// numbers and punctuation stay with them: "(Med-Arb)" and "Sander and Goldberg (1994)" read as written in Arabic.

const FSI = '\u2068'; // first strong isolate
const PDI = '\u2069'; // pop directional isolate

// A run starts at a Latin letter or a digit and goes on through Latin letters, digits, spaces and the punctuation
// citations use; an isolate already in the text is left as it is.
const RUN = /[0-9A-Za-z\u00c0-\u024f][0-9A-Za-z\u00c0-\u024f\s.,'’&§:/()+\-–]*/g;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * Drops what ends a run but belongs to the text around it: spaces, a comma or colon, a sentence's full stop (not an
 * abbreviation's, as in "U.S.C."), a bracket it did not open; and ends it before a bracket it opens but never closes.
 */
function trimRun(run: string): string {
  let body = run;
  for (;;) {
    const last = body.at(-1) ?? '';
    const lastToken = body.slice(body.lastIndexOf(' ') + 1);
    const unclosed = body.lastIndexOf('(');
    if (/[\s,:;(]/.test(last) || (last === '-' && body.length > 1)) body = body.slice(0, -1);
    else if (last === ')' && count(body, ')') > count(body, '(')) body = body.slice(0, -1);
    else if (last === '.' && count(lastToken, '.') === 1 && body.length > 1) body = body.slice(0, -1);
    else if (count(body, '(') > count(body, ')') && unclosed > 0) body = body.slice(0, unclosed);
    else return body;
  }
}

/** `text` with each run of Latin script isolated; text with no Latin letter comes back unchanged. */
export function isolateLatin(text: string): string {
  if (!LATIN.test(text)) return text;
  let out = '';
  let at = 0;
  let depth = 0;
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    // Inside an isolate the text already has: copy it as it is.
    for (const ch of text.slice(at, start)) depth += ch === FSI ? 1 : ch === PDI ? -1 : 0;
    out += text.slice(at, start);
    const run = trimRun(match[0]);
    // A placeholder ("{value}") is filled in later: it must reach the code as written.
    if (depth > 0 || !LATIN.test(run) || text[start - 1] === '{') {
      out += match[0];
    } else {
      // What the trim left over (a bracket, a stop, a word after an unclosed bracket) is read again as text.
      const rest = match[0].slice(run.length);
      out += `${FSI}${run}${PDI}${rest.length < match[0].length ? isolateLatin(rest) : rest}`;
    }
    at = start + match[0].length;
  }
  return out + text.slice(at);
}

/** The text without the isolates `isolateLatin` adds: what a person reads, for comparing texts. */
export function withoutIsolates(text: string): string {
  return text.replaceAll(FSI, '').replaceAll(PDI, '');
}

type Texts = { readonly [key: string]: unknown };

/** Every text in a catalogue, an overlay or a nested record isolated, and every message function's result too. */
export function isolateAll<T>(value: T): T {
  if (typeof value === 'string') return isolateLatin(value) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) => isolateAll((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(isolateAll) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value as Texts).map(([k, v]) => [k, isolateAll(v)])) as T;
  return value;
}
