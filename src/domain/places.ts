// Where a dispute is decided: what each jurisdiction offers (data/jurisdictions), read by the rules' place tests.
import { AMOUNTS, AREAS, JURISDICTIONS, type Amount, type Area, type Jurisdiction } from './factors.ts';
import { OPTION_IDS, type OptionId } from './options.ts';
import { at, checkKeys, describe, isRecord, readArray, readRecord, readText, type Problems } from './validate.ts';

/** A fact that may be unknown: null means the project could not confirm it, so it never rules anything out. */
type Maybe<T> = T | null;

export type PlaceSource = { readonly citation: string; readonly year: number };
export type Treaty = {
  readonly party: Maybe<boolean>;
  readonly since: Maybe<number>;
  readonly source: string | null;
  readonly note?: string;
};
export const TREATIES = ['newYork', 'singapore', 'hague2005', 'hague2019', 'brusselsIbis', 'lugano'] as const;
export type TreatyId = (typeof TREATIES)[number];

/** A step the law requires before court, for disputes of these areas (and, with `amounts`, of these sizes only). */
export type CompulsoryStep = {
  readonly areas: readonly Area[];
  readonly amounts?: readonly Amount[];
  readonly options: readonly OptionId[];
  readonly text: string;
  readonly source: string | null;
};
/** What a place test reads of the case besides the place. */
export type PlaceCase = { readonly area: Area | undefined; readonly amount: Amount | undefined };

export type Place = {
  readonly id: Exclude<Jurisdiction, 'other'>;
  readonly name: string;
  readonly checked: string;
  readonly statutoryAdjudication: {
    readonly exists: Maybe<boolean>;
    readonly residentialOccupiersExcluded: Maybe<boolean>;
    readonly text: string;
    readonly source: string | null;
  };
  readonly smallClaims: {
    readonly limit: Maybe<number>;
    readonly currency: Maybe<string>;
    readonly text: string;
    readonly source: string | null;
  } | null;
  readonly compulsoryAdr: readonly CompulsoryStep[];
  readonly publicOmbudsman: { readonly exists: Maybe<boolean>; readonly text: string; readonly source: string | null };
  readonly treaties: Readonly<Record<TreatyId, Treaty>>;
  readonly sources: Readonly<Record<string, PlaceSource>>;
};

export type Places = Readonly<Partial<Record<Exclude<Jurisdiction, 'other'>, Place>>>;

/** What a rule can ask of a place; each is true, false, or unknown (no place, "other", or not confirmed). */
export const PLACE_FEATURES = [
  'statutory-adjudication',
  'adjudication-excludes-residential',
  'small-claims',
  'compulsory-adr',
  'compulsory-mediation',
  'compulsory-conciliation',
  'public-ombudsman',
  'new-york',
  'singapore',
  'hague-2005',
  'hague-2019',
  'brussels-ibis',
  'lugano',
] as const;
export type PlaceFeature = (typeof PLACE_FEATURES)[number];

const TREATY_OF: Partial<Record<PlaceFeature, TreatyId>> = {
  'new-york': 'newYork',
  singapore: 'singapore',
  'hague-2005': 'hague2005',
  'hague-2019': 'hague2019',
  'brussels-ibis': 'brusselsIbis',
  lugano: 'lugano',
};

/** The compulsory steps that may apply to this case here: an unknown area or size keeps a step, to be named, not applied. */
export function compulsorySteps(place: Place, c: PlaceCase): CompulsoryStep[] {
  return place.compulsoryAdr.filter(
    (step) =>
      (c.area === undefined || step.areas.includes(c.area)) &&
      (c.amount === undefined || !step.amounts || step.amounts.includes(c.amount)),
  );
}

/** Whether a step applies: true, false, or undefined when an unknown area or size leaves it open. */
function stepApplies(place: Place, c: PlaceCase, option?: (id: OptionId) => boolean): boolean | undefined {
  const steps = place.compulsoryAdr.filter((step) => !option || step.options.some(option));
  const certain = steps.filter(
    (step) =>
      c.area !== undefined &&
      step.areas.includes(c.area) &&
      (!step.amounts || (c.amount !== undefined && step.amounts.includes(c.amount))),
  );
  if (certain.length) return true;
  return compulsorySteps({ ...place, compulsoryAdr: steps }, c).length ? undefined : false;
}

/** undefined = unknown. */
export function placeFeature(place: Place, feature: PlaceFeature, c: PlaceCase): boolean | undefined {
  const treaty = TREATY_OF[feature];
  if (treaty) return place.treaties[treaty].party ?? undefined;
  switch (feature) {
    case 'statutory-adjudication':
      return place.statutoryAdjudication.exists ?? undefined;
    case 'adjudication-excludes-residential':
      return place.statutoryAdjudication.residentialOccupiersExcluded ?? undefined;
    case 'small-claims':
      // A track with no national limit (it varies by state, or there is none as such) is not something to count on.
      return place.smallClaims?.limit != null ? true : undefined;
    case 'compulsory-adr':
      return stepApplies(place, c);
    case 'compulsory-mediation':
      return stepApplies(place, c, (id) => id.startsWith('mediation-'));
    case 'compulsory-conciliation':
      return stepApplies(place, c, (id) => id === 'conciliation');
    case 'public-ombudsman':
      return place.publicOmbudsman.exists ?? undefined;
  }
  return undefined;
}

function checkMaybe(value: unknown, kind: 'boolean' | 'number', path: string, problems: Problems): void {
  if (value === null || typeof value === kind) return;
  problems.push(`${path}: expected ${kind} or null, got ${describe(value)}`);
}

// null: nothing positive to cite (a scheme that does not exist, a fact not confirmed).
function checkSourceRef(value: unknown, sources: Record<string, unknown>, path: string, problems: Problems): void {
  if (value === null || (typeof value === 'string' && Object.hasOwn(sources, value))) return;
  problems.push(`${path}: ${describe(value)} is not a key of this place's sources`);
}

function parsePlace(id: string, input: unknown, path: string, problems: Problems): void {
  if (!isRecord(input)) return void problems.push(`${path}: expected an object`);
  const keys = [
    'id',
    'name',
    'checked',
    'statutoryAdjudication',
    'smallClaims',
    'compulsoryAdr',
    'publicOmbudsman',
    'treaties',
    'sources',
  ];
  checkKeys(input, keys, path, problems);
  if (input['id'] !== id) problems.push(`${at(path, 'id')}: expected "${id}", got ${describe(input['id'])}`);
  readText(input, 'name', path, problems);
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
    checkKeys(source, ['citation', 'year'], sp, problems);
    readText(source, 'citation', sp, problems);
    if (!Number.isInteger(source['year'])) problems.push(`${at(sp, 'year')}: expected the year of the source`);
  }
  const sa = readRecord(input, 'statutoryAdjudication', path, problems);
  if (sa) {
    const p = at(path, 'statutoryAdjudication');
    checkKeys(sa, ['exists', 'residentialOccupiersExcluded', 'text', 'source'], p, problems);
    checkMaybe(sa['exists'], 'boolean', at(p, 'exists'), problems);
    checkMaybe(sa['residentialOccupiersExcluded'], 'boolean', at(p, 'residentialOccupiersExcluded'), problems);
    readText(sa, 'text', p, problems);
    checkSourceRef(sa['source'], sources, at(p, 'source'), problems);
  }
  const sc = input['smallClaims'];
  if (sc !== null) {
    const p = at(path, 'smallClaims');
    if (!isRecord(sc)) problems.push(`${p}: expected an object or null`);
    else {
      checkKeys(sc, ['limit', 'currency', 'text', 'source'], p, problems);
      checkMaybe(sc['limit'], 'number', at(p, 'limit'), problems);
      if (sc['currency'] !== null && !(typeof sc['currency'] === 'string' && /^[A-Z]{3}$/.test(sc['currency'])))
        problems.push(`${at(p, 'currency')}: expected an ISO 4217 code or null`);
      readText(sc, 'text', p, problems);
      checkSourceRef(sc['source'], sources, at(p, 'source'), problems);
    }
  }
  (readArray(input, 'compulsoryAdr', path, problems) ?? []).forEach((step, i) => {
    const p = at(at(path, 'compulsoryAdr'), i);
    if (!isRecord(step)) return void problems.push(`${p}: expected an object`);
    checkKeys(step, ['areas', 'amounts', 'options', 'text', 'source'], p, problems);
    if (
      step['amounts'] !== undefined &&
      !(
        Array.isArray(step['amounts']) &&
        step['amounts'].length > 0 &&
        step['amounts'].every((a) => (AMOUNTS as readonly unknown[]).includes(a))
      )
    ) {
      problems.push(`${at(p, 'amounts')}: expected a non-empty list of amounts (${AMOUNTS.join(', ')})`);
    }
    for (const [key, allowed] of [
      ['areas', AREAS],
      ['options', OPTION_IDS],
    ] as const) {
      const list = step[key];
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        !list.every((v) => (allowed as readonly unknown[]).includes(v))
      ) {
        problems.push(
          `${at(p, key)}: expected a non-empty list of ${key === 'areas' ? 'area' : 'option'} ids, got ${describe(list)}`,
        );
      }
    }
    readText(step, 'text', p, problems);
    checkSourceRef(step['source'], sources, at(p, 'source'), problems);
  });
  const po = readRecord(input, 'publicOmbudsman', path, problems);
  if (po) {
    const p = at(path, 'publicOmbudsman');
    checkKeys(po, ['exists', 'text', 'source'], p, problems);
    checkMaybe(po['exists'], 'boolean', at(p, 'exists'), problems);
    readText(po, 'text', p, problems);
    checkSourceRef(po['source'], sources, at(p, 'source'), problems);
  }
  const treaties = readRecord(input, 'treaties', path, problems);
  if (treaties) {
    checkKeys(treaties, TREATIES, at(path, 'treaties'), problems);
    for (const t of TREATIES) {
      const p = at(at(path, 'treaties'), t);
      const treaty = treaties[t];
      if (!isRecord(treaty)) {
        problems.push(`${p}: expected an object`);
        continue;
      }
      checkKeys(treaty, ['party', 'since', 'source', 'note'], p, problems);
      checkMaybe(treaty['party'], 'boolean', at(p, 'party'), problems);
      checkMaybe(treaty['since'], 'number', at(p, 'since'), problems);
      checkSourceRef(treaty['source'], sources, at(p, 'source'), problems);
      if (treaty['note'] !== undefined) readText(treaty, 'note', p, problems);
    }
  }
}

/** Checks the pack's `places`: one entry per jurisdiction id Olé knows, each with its sources. */
export function parsePlaces(pack: Record<string, unknown>, problems: Problems): void {
  if (pack['places'] === undefined) return;
  const places = readRecord(pack, 'places', '', problems);
  if (!places) return;
  for (const [id, place] of Object.entries(places)) {
    if (id === 'other' || !(JURISDICTIONS as readonly string[]).includes(id)) {
      problems.push(
        `places.${id}: unknown jurisdiction id (known: ${JURISDICTIONS.filter((j) => j !== 'other').join(', ')})`,
      );
      continue;
    }
    parsePlace(id, place, at('places', id), problems);
  }
}
