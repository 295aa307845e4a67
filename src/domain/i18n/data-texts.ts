// Translatable texts of a data file (rules pack, questionnaire) as a flat map keyed by ids, and their overlay.
// Keys are paths like "options/negotiation/name" or "questions/q.area/choices/family/label": stable across edits
// that do not rename an id, and readable in a translator's file.

export type TextMap = Readonly<Record<string, string>>;

/** Which strings of a data file a person reads: field names, plus fields whose every string is text. */
export type TextSpec = {
  readonly fields: ReadonlySet<string>;
  readonly textTrees: ReadonlySet<string>;
  /** Top-level keys never shown (or shown verbatim, like citations). */
  readonly skip: ReadonlySet<string>;
};

export const RULES_TEXTS: TextSpec = {
  fields: new Set([
    'ratingsLabel',
    'name',
    'summary',
    'bindingNote',
    'time',
    'baseBecause',
    'text',
    'label',
    'because',
    'reason',
    'citation',
    'population',
    'lacks',
    'title',
    'urgentText',
  ]),
  textTrees: new Set(['becauseWhen', 'safeguards', 'steps', 'ratingRationales']),
  skip: new Set(['version', 'scoring', 'ratings', 'modifiers']),
};

export const QUESTIONNAIRE_TEXTS: TextSpec = {
  fields: new Set(['title', 'intro', 'text', 'why', 'label']),
  textTrees: new Set(),
  skip: new Set(['version']),
};

/** The cost tables (data/costs) by file name: what a scale is, each population and citation; figures stay. */
export const COSTS_TEXTS: TextSpec = {
  fields: new Set(['what', 'population', 'citation']),
  textTrees: new Set(),
  skip: new Set(),
};

type Visit = (key: string, value: string, replace: (next: string) => void) => void;

/** An array element's path segment: its id or value when it has one, so reordering keeps keys. */
function segment(element: unknown, index: number): string {
  if (typeof element === 'object' && element !== null) {
    const { id, value } = element as { id?: unknown; value?: unknown };
    if (typeof id === 'string') return id;
    if (value !== undefined && typeof value !== 'object') return String(value);
  }
  return String(index);
}

function walk(node: unknown, path: string[], spec: TextSpec, inText: boolean, visit: Visit): void {
  if (Array.isArray(node)) {
    node.forEach((element, i) => {
      if (typeof element === 'string') {
        if (inText) visit([...path, String(i)].join('/'), element, (next) => (node[i] = next));
      } else walk(element, [...path, segment(element, i)], spec, inText, visit);
    });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (path.length === 0 && spec.skip.has(key)) continue;
    const text = inText || spec.textTrees.has(key);
    if (typeof value === 'string') {
      if (text || spec.fields.has(key)) visit([...path, key].join('/'), value, (next) => (record[key] = next));
    } else walk(value, [...path, key], spec, text, visit);
  }
}

/** Every text a person reads in `data`, keyed by path. */
export function extractTexts(data: unknown, spec: TextSpec): Record<string, string> {
  const texts: Record<string, string> = {};
  walk(data, [], spec, false, (key, value) => (texts[key] = value));
  return texts;
}

/** A copy of `data` with each text replaced by the overlay's; a key the overlay lacks keeps its source text. */
export function applyTexts<T>(data: T, overlay: TextMap, spec: TextSpec): T {
  const copy = JSON.parse(JSON.stringify(data)) as T; // data files are plain JSON
  walk(copy, [], spec, false, (key, _value, replace) => {
    const next = overlay[key];
    if (typeof next === 'string') replace(next);
  });
  return copy;
}

const PLACEHOLDER = /\{[a-z]+\}/g;

/** What is wrong with an overlay against the source: each missing, extra, empty or placeholder-dropping key, named. */
export function overlayProblems(source: TextMap, overlay: unknown): string[] {
  if (typeof overlay !== 'object' || overlay === null || Array.isArray(overlay)) return ['not an object of texts'];
  const texts = overlay as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(source)) if (!(key in texts)) problems.push(`missing: ${key}`);
  for (const [key, value] of Object.entries(texts)) {
    if (!(key in source)) problems.push(`extra: ${key}`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`empty: ${key}`);
    else
      for (const p of source[key]!.match(PLACEHOLDER) ?? [])
        if (!value.includes(p)) problems.push(`drops ${p}: ${key}`);
  }
  return problems;
}
