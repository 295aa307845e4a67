// Pure edits of a worksheet from the form: an empty text or a cleared number removes the key, so nothing stale is kept.
import type {
  ActionStep,
  Money,
  Outcome,
  OutcomeKey,
  Party,
  Paths,
  SideKey,
  SideSheet,
  Swot,
  Worksheet,
} from './types.ts';

type Value = string | number | boolean | undefined;

/** `record` with `key` set, or without it when the value is empty. */
function patch<T extends object, K extends keyof T>(record: T | undefined, key: K, value: T[K] & Value): T {
  const next = { ...record } as T;
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

const isEmpty = (record: object | undefined) => !record || Object.keys(record).length === 0;

function withSide(worksheet: Worksheet, side: SideKey, change: (current: SideSheet) => SideSheet): Worksheet {
  const next = change(worksheet.sides?.[side] ?? {});
  const sides = { ...worksheet.sides };
  if (isEmpty(next)) delete sides[side];
  else sides[side] = next;
  return { ...worksheet, sides };
}

/** Sets one part of a side (money, swot...), dropping the part once it is empty. */
function withSidePart<K extends 'money' | 'swot'>(
  worksheet: Worksheet,
  side: SideKey,
  part: K,
  next: SideSheet[K],
): Worksheet {
  return withSide(worksheet, side, (current) =>
    isEmpty(next) ? patch(current, part, undefined) : { ...current, [part]: next },
  );
}

export function setWorksheetField<K extends 'currency' | 'facts' | 'discountRatePercent' | 'discountCostsToCome'>(
  worksheet: Worksheet,
  key: K,
  value: Worksheet[K],
): Worksheet {
  return patch(worksheet, key, value);
}

export function setSideText(
  worksheet: Worksheet,
  side: SideKey,
  key: 'label' | 'positions' | 'interests',
  value: string,
): Worksheet {
  return withSide(worksheet, side, (current) => patch(current, key, value));
}

export function setMoney(worksheet: Worksheet, side: SideKey, key: keyof Money, value: number | undefined): Worksheet {
  return withSidePart(worksheet, side, 'money', patch(worksheet.sides?.[side]?.money, key, value));
}

export function setSwot(worksheet: Worksheet, side: SideKey, key: keyof Swot, value: string): Worksheet {
  return withSidePart(worksheet, side, 'swot', patch(worksheet.sides?.[side]?.swot, key, value));
}

export function setOutcome<K extends keyof Outcome>(
  worksheet: Worksheet,
  side: SideKey,
  outcome: OutcomeKey,
  key: K,
  value: Outcome[K],
): Worksheet {
  return withSide(worksheet, side, (current) => {
    const one = patch(current.outcomes?.[outcome], key, value);
    const outcomes = { ...current.outcomes };
    if (isEmpty(one)) delete outcomes[outcome];
    else outcomes[outcome] = one;
    return isEmpty(outcomes) ? patch(current, 'outcomes', undefined) : { ...current, outcomes };
  });
}

/** Sets one figure of one way on (court, arbitration, mediation), dropping what becomes empty. */
export function setPathFigure<P extends keyof Paths>(
  worksheet: Worksheet,
  side: SideKey,
  path: P,
  key: keyof NonNullable<Paths[P]>,
  value: number | undefined,
): Worksheet {
  return withSide(worksheet, side, (current) => {
    const one: Record<string, number> = { ...(current.paths?.[path] as Record<string, number> | undefined) };
    if (value === undefined) delete one[key as string];
    else one[key as string] = value;
    const paths: Record<string, unknown> = { ...current.paths };
    if (isEmpty(one)) delete paths[path];
    else paths[path] = one;
    return isEmpty(paths) ? patch(current, 'paths', undefined) : { ...current, paths: paths as Paths };
  });
}

type Item = Party | ActionStep;
type ListKey = 'parties' | 'actions';
type ItemOf<K extends ListKey> = NonNullable<Worksheet[K]>[number];

export function addItem<K extends ListKey>(worksheet: Worksheet, list: K, item: ItemOf<K>): Worksheet {
  return { ...worksheet, [list]: [...(worksheet[list] ?? []), item] };
}

export function removeItem(worksheet: Worksheet, list: ListKey, id: string): Worksheet {
  const rest = (worksheet[list] as readonly Item[] | undefined)?.filter((item) => item.id !== id) ?? [];
  return rest.length ? { ...worksheet, [list]: rest } : patch(worksheet, list, undefined);
}

/** Changes one field of one party or step; a required text left empty stays as an empty string. */
export function setItemField<K extends ListKey, F extends Exclude<keyof ItemOf<K>, 'id'>>(
  worksheet: Worksheet,
  list: K,
  id: string,
  field: F,
  value: ItemOf<K>[F] & Value,
): Worksheet {
  const required = field === 'name' || field === 'step' || field === 'kind';
  const items = (worksheet[list] as readonly ItemOf<K>[] | undefined) ?? [];
  const next = items.map((item) => {
    if (item.id !== id) return item;
    return required ? { ...item, [field]: value ?? '' } : patch(item, field, value);
  });
  return { ...worksheet, [list]: next };
}
