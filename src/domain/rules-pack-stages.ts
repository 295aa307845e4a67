// The stages that come before scores, as data: safety leads, essential goals, rating caps, the protection step.
import { checkCondition, type Condition } from './conditions.ts';
import { GOAL_IDS, IMPEDIMENT_IDS, type GoalId, type RatedFactorId, type Rating } from './factors.ts';
import { OPTION_IDS, type OptionId } from './options.ts';
import { checkSourceKey } from './rules-pack-tables.ts';
import {
  at,
  checkInt,
  checkKeys,
  describe,
  isRecord,
  readArray,
  readRecord,
  readText,
  type Problems,
} from './validate.ts';

/** While `when` holds, these options rank before every other available option. */
export type Lead = {
  readonly id: string;
  readonly when: Condition;
  readonly options: readonly OptionId[];
  readonly reason: string;
  readonly cite?: string;
};

/** A goal answered "essential" (level 3) that only some options deliver; `also` adds options while a condition holds. */
export type Essential = {
  readonly goal: GoalId;
  readonly options: readonly OptionId[];
  readonly also?: readonly { readonly options: readonly OptionId[]; readonly when: Condition }[];
  /** Reads after the option's name: "cannot set a precedent, which you said is essential". */
  readonly lacks: string;
  readonly cite?: string;
};

/** While `when` holds, these ratings count at most `max` for these options (e.g. signs of abuse never count for a joint process). */
export type RatingCap = {
  readonly id: string;
  readonly when: Condition;
  readonly factors: readonly RatedFactorId[];
  readonly options: readonly OptionId[];
  readonly max: Rating;
  readonly reason: string;
  readonly cite?: string;
};

/** The step that comes before any process when someone's safety is at risk. */
export type Protection = {
  readonly when: Condition;
  /** When urgent protection is needed too: the text then says to act now. */
  readonly urgentWhen: Condition;
  readonly title: string;
  readonly text: string;
  readonly urgentText: string;
  readonly steps: readonly string[];
  readonly cite?: string;
};

const RATED: readonly string[] = [...GOAL_IDS, ...IMPEDIMENT_IDS];

function optionList(value: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(value) || value.length === 0)
    return void problems.push(`${path}: expected a non-empty list of option ids`);
  value.forEach((id, i) => {
    if (!(OPTION_IDS as readonly unknown[]).includes(id))
      problems.push(`${at(path, i)}: unknown option id ${describe(id)}`);
  });
}

function cite(entry: Record<string, unknown>, sources: ReadonlySet<string>, path: string, problems: Problems): void {
  if (entry['cite'] !== undefined) checkSourceKey(entry['cite'], sources, at(path, 'cite'), problems);
}

function list(
  pack: Record<string, unknown>,
  key: string,
  problems: Problems,
): { path: string; entry: Record<string, unknown> }[] {
  if (pack[key] === undefined) return [];
  const ids = new Set<string>();
  return (readArray(pack, key, '', problems) ?? []).flatMap((entry, i) => {
    const path = at(key, i);
    if (!isRecord(entry)) {
      problems.push(`${path}: expected an object`);
      return [];
    }
    const id = typeof entry['id'] === 'string' ? entry['id'] : typeof entry['goal'] === 'string' ? entry['goal'] : '';
    if (ids.has(id)) problems.push(`${path}: "${id}" is used twice in ${key}`);
    ids.add(id);
    return [{ path, entry }];
  });
}

function parseLeads(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  for (const { path, entry } of list(pack, 'leads', problems)) {
    checkKeys(entry, ['id', 'when', 'options', 'reason', 'cite'], path, problems);
    readText(entry, 'id', path, problems);
    checkCondition(entry['when'], at(path, 'when'), problems);
    optionList(entry['options'], at(path, 'options'), problems);
    readText(entry, 'reason', path, problems);
    cite(entry, sources, path, problems);
  }
}

function parseEssentials(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  for (const { path, entry } of list(pack, 'essentials', problems)) {
    checkKeys(entry, ['goal', 'options', 'also', 'lacks', 'cite'], path, problems);
    if (!(GOAL_IDS as readonly unknown[]).includes(entry['goal']))
      problems.push(`${at(path, 'goal')}: expected a goal id, got ${describe(entry['goal'])}`);
    // Options that always deliver the goal; may be empty when every option delivers it only under a condition (`also`).
    if (
      Array.isArray(entry['options']) &&
      entry['options'].length === 0 &&
      Array.isArray(entry['also']) &&
      entry['also'].length > 0
    ) {
      // nothing always delivers it: the `also` entries say when something does
    } else optionList(entry['options'], at(path, 'options'), problems);
    if (entry['also'] !== undefined) {
      (readArray(entry, 'also', path, problems) ?? []).forEach((also, i) => {
        const p = at(at(path, 'also'), i);
        if (!isRecord(also)) return void problems.push(`${p}: expected an object`);
        checkKeys(also, ['options', 'when'], p, problems);
        optionList(also['options'], at(p, 'options'), problems);
        checkCondition(also['when'], at(p, 'when'), problems);
      });
    }
    readText(entry, 'lacks', path, problems);
    cite(entry, sources, path, problems);
  }
}

function parseCaps(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  for (const { path, entry } of list(pack, 'caps', problems)) {
    checkKeys(entry, ['id', 'when', 'factors', 'options', 'max', 'reason', 'cite'], path, problems);
    readText(entry, 'id', path, problems);
    // Like modifiers, caps read circumstances only, so a goal or impediment score stays linear in its level.
    checkCondition(entry['when'], at(path, 'when'), problems, (id) => id.startsWith('ctx.'));
    const factors = entry['factors'];
    if (!Array.isArray(factors) || factors.length === 0 || !factors.every((f) => RATED.includes(f as string))) {
      problems.push(
        `${at(path, 'factors')}: expected a non-empty list of goal or impediment ids, got ${describe(factors)}`,
      );
    }
    optionList(entry['options'], at(path, 'options'), problems);
    checkInt(entry['max'], -2, 2, at(path, 'max'), problems);
    readText(entry, 'reason', path, problems);
    cite(entry, sources, path, problems);
  }
}

function parseProtection(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  if (pack['protection'] === undefined) return;
  const entry = readRecord(pack, 'protection', '', problems);
  if (!entry) return;
  const path = 'protection';
  checkKeys(entry, ['when', 'urgentWhen', 'title', 'text', 'urgentText', 'steps', 'cite'], path, problems);
  checkCondition(entry['when'], at(path, 'when'), problems);
  checkCondition(entry['urgentWhen'], at(path, 'urgentWhen'), problems);
  for (const key of ['title', 'text', 'urgentText']) readText(entry, key, path, problems);
  const steps = readArray(entry, 'steps', path, problems) ?? [];
  if (steps.length === 0) problems.push(`${at(path, 'steps')}: expected at least one step`);
  steps.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') problems.push(`${at(at(path, 'steps'), i)}: expected non-empty text`);
  });
  cite(entry, sources, path, problems);
}

function parseRationales(pack: Record<string, unknown>, problems: Problems): void {
  if (pack['ratingRationales'] === undefined) return;
  const rationales = readRecord(pack, 'ratingRationales', '', problems);
  if (!rationales) return;
  for (const id of OPTION_IDS) readText(rationales, id, 'ratingRationales', problems);
  for (const id of Object.keys(rationales)) {
    if (!(OPTION_IDS as readonly string[]).includes(id)) problems.push(`ratingRationales.${id}: unknown option id`);
  }
}

export function parseStages(pack: Record<string, unknown>, sources: ReadonlySet<string>, problems: Problems): void {
  parseLeads(pack, sources, problems);
  parseEssentials(pack, sources, problems);
  parseCaps(pack, sources, problems);
  parseProtection(pack, sources, problems);
  parseRationales(pack, problems);
}
