// Validation of the pack's rule lists: modifiers, gates and cautions.
import { checkCondition } from './conditions.ts';
import { factorKind, isFactorId, type FactorId } from './factors.ts';
import { OPTION_IDS } from './options.ts';
import { checkSourceKey } from './rules-pack-tables.ts';
import { at, checkInt, checkKeys, describe, isRecord, readArray, readText, type Problems } from './validate.ts';

type Entry = { path: string; entry: Record<string, unknown> };

// Modifier conditions may read circumstances only, so goal and impediment scores stay linear in their level.
const isCircumstance = (id: FactorId) => id.startsWith('ctx.');

/** Walks a list of rule objects, checking each is an object with a unique text id. */
function entries(pack: Record<string, unknown>, key: string, allowed: readonly string[], problems: Problems): Entry[] {
  const list = readArray(pack, key, '', problems) ?? [];
  const seen = new Set<string>();
  const result: Entry[] = [];
  list.forEach((entry, i) => {
    const path = at(key, i);
    if (!isRecord(entry)) return void problems.push(`${path}: expected an object`);
    checkKeys(entry, allowed, path, problems);
    const id = readText(entry, 'id', path, problems);
    if (id !== undefined && seen.has(id)) problems.push(`${at(path, 'id')}: "${id}" is used twice in ${key}`);
    if (id !== undefined) seen.add(id);
    result.push({ path, entry });
  });
  return result;
}

function checkOptionList(value: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(value) || value.length === 0)
    return void problems.push(`${path}: expected a non-empty list of option ids`);
  value.forEach((id, i) => {
    if (!(OPTION_IDS as readonly unknown[]).includes(id))
      problems.push(`${at(path, i)}: unknown option id ${describe(id)}`);
  });
}

function checkOptionPoints(value: unknown, min: number, max: number, path: string, problems: Problems): void {
  if (!isRecord(value) || Object.keys(value).length === 0)
    return void problems.push(`${path}: expected an object of option id: points`);
  for (const [id, points] of Object.entries(value)) {
    if (!(OPTION_IDS as readonly string[]).includes(id)) problems.push(`${at(path, id)}: unknown option id`);
    else checkInt(points, min, max, at(path, id), problems);
  }
}

export function parseModifiers(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  const keys = ['id', 'why', 'cite', 'when', 'factor', 'points', 'adjust'];
  for (const { path, entry } of entries(pack, 'modifiers', keys, problems)) {
    readText(entry, 'why', path, problems);
    if (entry['cite'] !== undefined) checkSourceKey(entry['cite'], sources, at(path, 'cite'), problems);
    checkCondition(entry['when'], at(path, 'when'), problems, isCircumstance);
    const factor = entry['factor'];
    if (typeof factor !== 'string' || !isFactorId(factor)) {
      problems.push(`${at(path, 'factor')}: unknown factor id ${describe(factor)}`);
      continue;
    }
    const kind = factorKind(factor);
    if ('points' in entry === 'adjust' in entry) {
      problems.push(`${path}: give either points (for a circumstance) or adjust (for a goal or impediment)`);
    } else if ('points' in entry) {
      if (!isCircumstance(factor))
        problems.push(`${at(path, 'factor')}: points are credited to a circumstance (ctx.*), not ${factor}`);
      checkOptionPoints(entry['points'], -20, 20, at(path, 'points'), problems);
    } else {
      if (kind !== 'goal' && kind !== 'impediment')
        problems.push(`${at(path, 'factor')}: adjust needs a goal or impediment, not ${factor}`);
      checkOptionPoints(entry['adjust'], -2, 2, at(path, 'adjust'), problems);
    }
  }
}

export function parseGates(pack: Record<string, unknown>, problems: Problems): void {
  for (const { path, entry } of entries(pack, 'gates', ['id', 'options', 'when', 'reason'], problems)) {
    checkOptionList(entry['options'], at(path, 'options'), problems);
    checkCondition(entry['when'], at(path, 'when'), problems);
    readText(entry, 'reason', path, problems);
  }
}

export function parseCautions(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  const keys = ['id', 'options', 'when', 'text', 'safeguards', 'cite'];
  for (const { path, entry } of entries(pack, 'cautions', keys, problems)) {
    checkOptionList(entry['options'], at(path, 'options'), problems);
    if (entry['when'] !== undefined) checkCondition(entry['when'], at(path, 'when'), problems);
    readText(entry, 'text', path, problems);
    if (entry['cite'] !== undefined) checkSourceKey(entry['cite'], sources, at(path, 'cite'), problems);
    const safeguards = readArray(entry, 'safeguards', path, problems) ?? [];
    safeguards.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '')
        problems.push(`${at(at(path, 'safeguards'), i)}: expected non-empty text`);
    });
  }
}
