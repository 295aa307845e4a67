// Checks data/costs/*.json: every figure with a source of its table, a year, a unit and a population.
import { AMOUNTS, AREAS, JURISDICTIONS } from '../factors.ts';
import { OPTION_IDS } from '../options.ts';
import { at, checkKeys, describe, isRecord, readArray, readRecord, readText, type Problems } from '../validate.ts';
import { COST_PARTS, type CostTable, STATS, TIME_UNITS } from './types.ts';

const CURRENCY = /^[A-Z]{3}$/;

function checkList(value: unknown, allowed: readonly string[], path: string, problems: Problems): void {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => allowed.includes(v as string))) return;
  problems.push(`${path}: expected a non-empty list of ${allowed.join(', ')}; got ${describe(value)}`);
}

function checkYear(value: unknown, path: string, problems: Problems): void {
  if (!(Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2100))
    problems.push(`${path}: expected the year of the figure`);
}

function checkSource(value: unknown, sources: Record<string, unknown>, path: string, problems: Problems): void {
  if (typeof value === 'string' && Object.hasOwn(sources, value)) return;
  problems.push(`${path}: ${describe(value)} is not a key of this table's sources`);
}

function checkUnit(part: unknown, stat: unknown, unit: unknown, path: string, problems: Problems): void {
  const ok =
    stat === 'share'
      ? unit === 'percent' && (part === 'partyCosts' || part === 'settles')
      : part === 'settles'
        ? false
        : part === 'time'
          ? (TIME_UNITS as readonly unknown[]).includes(unit)
          : typeof unit === 'string' && CURRENCY.test(unit);
  if (!ok) problems.push(`${path}: ${describe(unit)} is not a unit for ${describe(part)} (${describe(stat)})`);
}

function parseScale(scale: unknown, sources: Record<string, unknown>, path: string, problems: Problems): void {
  if (!isRecord(scale)) return void problems.push(`${path}: expected an object`);
  checkKeys(
    scale,
    ['id', 'options', 'part', 'what', 'currency', 'year', 'source', 'population', 'bands'],
    path,
    problems,
  );
  readText(scale, 'id', path, problems);
  readText(scale, 'what', path, problems);
  readText(scale, 'population', path, problems);
  checkList(scale['options'], OPTION_IDS, at(path, 'options'), problems);
  if (scale['part'] !== 'fees') problems.push(`${at(path, 'part')}: a scale gives fees`);
  if (!(typeof scale['currency'] === 'string' && CURRENCY.test(scale['currency'])))
    problems.push(`${at(path, 'currency')}: expected an ISO 4217 code`);
  checkYear(scale['year'], at(path, 'year'), problems);
  checkSource(scale['source'], sources, at(path, 'source'), problems);
  const bands = readArray(scale, 'bands', path, problems) ?? [];
  if (!bands.length) problems.push(`${at(path, 'bands')}: expected at least one band`);
  let previous = 0;
  bands.forEach((band, i) => {
    const p = at(at(path, 'bands'), i);
    if (!isRecord(band)) return void problems.push(`${p}: expected an object`);
    checkKeys(band, ['upTo', 'fixed', 'percent'], p, problems);
    const upTo = band['upTo'];
    const last = i === bands.length - 1;
    if (upTo === null ? !last : !(typeof upTo === 'number' && upTo > previous))
      problems.push(`${at(p, 'upTo')}: expected a limit above the band before (null only for the last band)`);
    if (typeof upTo === 'number') previous = upTo;
    if (last && upTo !== null) problems.push(`${at(p, 'upTo')}: the last band must have no upper limit (null)`);
    const fixed = band['fixed'];
    const percent = band['percent'];
    if ((fixed === undefined) === (percent === undefined))
      problems.push(`${p}: expected exactly one of "fixed" and "percent"`);
    for (const [key, v] of [
      ['fixed', fixed],
      ['percent', percent],
    ] as const) {
      if (v !== undefined && !(typeof v === 'number' && v >= 0)) problems.push(`${at(p, key)}: expected a number ≥ 0`);
    }
  });
  checkRising(bands, path, problems);
}

// A larger amount must never lower a fee: at each limit, the next band starts at least where this one ends.
function checkRising(bands: unknown[], path: string, problems: Problems): void {
  const fee = (b: Record<string, unknown>, amount: number) =>
    typeof b['fixed'] === 'number'
      ? b['fixed']
      : typeof b['percent'] === 'number'
        ? (amount * b['percent']) / 100
        : NaN;
  for (let i = 0; i + 1 < bands.length; i++) {
    const [a, b] = [bands[i], bands[i + 1]];
    if (!isRecord(a) || !isRecord(b) || typeof a['upTo'] !== 'number') continue;
    if (fee(b, a['upTo']) < fee(a, a['upTo']))
      problems.push(`${at(at(path, 'bands'), i + 1)}: the fee falls where this band starts`);
  }
}

function parseFigure(figure: unknown, sources: Record<string, unknown>, path: string, problems: Problems): void {
  if (!isRecord(figure)) return void problems.push(`${path}: expected an object`);
  const keys = ['id', 'options', 'part', 'stat', 'value', 'unit', 'amounts', 'areas', 'year', 'source', 'population'];
  checkKeys(figure, keys, path, problems);
  readText(figure, 'id', path, problems);
  readText(figure, 'population', path, problems);
  checkList(figure['options'], OPTION_IDS, at(path, 'options'), problems);
  if (!(COST_PARTS as readonly unknown[]).includes(figure['part']))
    problems.push(`${at(path, 'part')}: expected one of ${COST_PARTS.join(', ')}`);
  if (!(STATS as readonly unknown[]).includes(figure['stat']))
    problems.push(`${at(path, 'stat')}: expected one of ${STATS.join(', ')}`);
  const value = figure['value'];
  if (!(typeof value === 'number' && value >= 0 && (figure['stat'] !== 'share' || value <= 100)))
    problems.push(`${at(path, 'value')}: expected a number ≥ 0 (a share at most 100)`);
  checkUnit(figure['part'], figure['stat'], figure['unit'], at(path, 'unit'), problems);
  if (figure['amounts'] !== undefined) checkList(figure['amounts'], AMOUNTS, at(path, 'amounts'), problems);
  if (figure['areas'] !== undefined) checkList(figure['areas'], AREAS, at(path, 'areas'), problems);
  checkYear(figure['year'], at(path, 'year'), problems);
  checkSource(figure['source'], sources, at(path, 'source'), problems);
}

/** Checks one cost table, naming every problem by its path; `name` is the file's id (a jurisdiction or "any"). */
export function parseCostTable(input: unknown, name: string, problems: Problems): input is CostTable {
  const before = problems.length;
  const path = `costs.${name}`;
  if (!isRecord(input)) {
    problems.push(`${path}: expected an object`);
    return false;
  }
  checkKeys(input, ['id', 'checked', 'scales', 'figures', 'sources'], path, problems);
  const known = ['any', ...JURISDICTIONS.filter((j) => j !== 'other')];
  if (input['id'] !== name || !known.includes(name))
    problems.push(`${at(path, 'id')}: expected "${name}", one of ${known.join(', ')}; got ${describe(input['id'])}`);
  const checked = readText(input, 'checked', path, problems);
  if (checked !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(checked))
    problems.push(`${at(path, 'checked')}: expected a date YYYY-MM-DD`);
  const sources = readRecord(input, 'sources', path, problems) ?? {};
  for (const [key, source] of Object.entries(sources)) {
    const sp = at(at(path, 'sources'), key);
    if (!isRecord(source)) {
      problems.push(`${sp}: expected an object`);
      continue;
    }
    checkKeys(source, ['citation', 'year', 'url'], sp, problems);
    readText(source, 'citation', sp, problems);
    checkYear(source['year'], at(sp, 'year'), problems);
    if (source['url'] !== undefined && !(typeof source['url'] === 'string' && source['url'].startsWith('https://')))
      problems.push(`${at(sp, 'url')}: expected an https address`);
  }
  (readArray(input, 'scales', path, problems) ?? []).forEach((s, i) =>
    parseScale(s, sources, at(at(path, 'scales'), i), problems),
  );
  (readArray(input, 'figures', path, problems) ?? []).forEach((f, i) =>
    parseFigure(f, sources, at(at(path, 'figures'), i), problems),
  );
  return problems.length === before;
}
