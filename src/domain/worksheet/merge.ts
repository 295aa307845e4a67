// Three-way merge of worksheets, field by field: two tabs editing different fields of one case both keep their edits.
import type { Worksheet } from './types.ts';

type Obj = { readonly [key: string]: unknown };
type IdItem = Obj & { readonly id: string };

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIdList = (value: unknown): value is readonly IdItem[] =>
  Array.isArray(value) && value.every((item) => isObj(item) && typeof item['id'] === 'string');

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (!isObj(a) || !isObj(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]));
}

function mergeObjects(base: unknown, mine: Obj, theirs: Obj): Obj {
  const from = isObj(base) ? base : {};
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = merge3(from[key], mine[key], theirs[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Lists of items with ids (parties, action steps): added on either side kept, removed on either side gone. */
function mergeById(base: unknown, mine: readonly IdItem[], theirs: readonly IdItem[]): IdItem[] {
  const byId = (list: readonly IdItem[]) => new Map(list.map((item) => [item.id, item]));
  const [was, here, there] = [byId(isIdList(base) ? base : []), byId(mine), byId(theirs)];
  const out: IdItem[] = [];
  for (const item of mine) {
    const before = was.get(item.id);
    const other = there.get(item.id);
    if (other) out.push(merge3(before, item, other) as IdItem);
    else if (!before || !equal(item, before)) out.push(item); // new here, or edited here while removed there
  }
  for (const item of theirs) if (!here.has(item.id) && !was.has(item.id)) out.push(item);
  return out;
}

function merge3(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (equal(mine, base)) return theirs;
  if (equal(theirs, base) || equal(mine, theirs)) return mine;
  if (isObj(mine) && isObj(theirs)) return mergeObjects(base, mine, theirs);
  if (isIdList(mine) && isIdList(theirs)) return mergeById(base, mine, theirs);
  return mine; // both changed the same field: the edit being saved wins
}

/**
 * `mine` is this tab's draft, started from `base`; `theirs` is what is stored now. Every field changed only in one of
 * them keeps that change; a field changed in both takes `mine`.
 */
export function mergeWorksheet(base: Worksheet, mine: Worksheet, theirs: Worksheet): Worksheet {
  return merge3(base, mine, theirs) as Worksheet;
}
