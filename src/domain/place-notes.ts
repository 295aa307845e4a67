// What the place where a dispute would be decided means for this case, each note with its source and year.
import type { FactorProfile } from './factors.ts';
import { compulsorySteps, TREATIES, type Place, type TreatyId } from './places.ts';
import type { RulesPack } from './rules-pack.ts';

export type PlaceNoteKind = 'compulsory-step' | 'small-claims' | 'adjudication' | 'ombudsman' | 'treaty';
export type PlaceNote = {
  readonly kind: PlaceNoteKind;
  /** The data's sentence; a treaty is told from its fields instead, in the reader's language. */
  readonly text?: string;
  /** undefined when the data has nothing positive to cite (a scheme that does not exist). */
  readonly citation?: string;
  readonly year?: number;
  readonly treaty?: TreatyId;
  /** For a treaty: party (true), not a party (false) or not confirmed (null), and the year it took effect. */
  readonly party?: boolean | null;
  readonly since?: number | null;
};
export type PlaceNotes =
  | {
      readonly known: true;
      readonly id: Place['id'];
      readonly name: string;
      readonly checked: string;
      readonly notes: readonly PlaceNote[];
    }
  | { readonly known: false; readonly other: boolean };

function cited(place: Place, source: string | null): Pick<PlaceNote, 'citation' | 'year'> {
  const found = source === null ? undefined : place.sources[source];
  return found ? { citation: found.citation, year: found.year } : {};
}

/** The notes that bear on this case: only what its answers make relevant, and every compulsory step when the area is unknown. */
export function placeNotes(rules: RulesPack, profile: FactorProfile): PlaceNotes {
  const id = profile['ctx.jurisdiction'];
  const places = rules.places ?? {};
  if (id === undefined || id === 'other' || !Object.hasOwn(places, id)) return { known: false, other: id === 'other' };
  const place = places[id]!;
  const notes: PlaceNote[] = [];
  for (const step of compulsorySteps(place, { area: profile['ctx.area'], amount: profile['ctx.amount'] }))
    notes.push({ kind: 'compulsory-step', text: step.text, ...cited(place, step.source) });
  if (
    place.smallClaims &&
    profile['ctx.area'] !== 'family' &&
    profile['ctx.amount'] !== 'large' &&
    profile['ctx.amount'] !== 'very-large'
  ) {
    notes.push({ kind: 'small-claims', text: place.smallClaims.text, ...cited(place, place.smallClaims.source) });
  }
  if (profile['ctx.construction-contract'] === true || profile['ctx.area'] === 'construction') {
    notes.push({
      kind: 'adjudication',
      text: place.statutoryAdjudication.text,
      ...cited(place, place.statutoryAdjudication.source),
    });
  }
  if (profile['ctx.parties'] === 'with-public-body' || profile['ctx.area'] === 'public-administrative') {
    notes.push({ kind: 'ombudsman', text: place.publicOmbudsman.text, ...cited(place, place.publicOmbudsman.source) });
  }
  if (profile['ctx.cross-border'] === true || profile['goal.enforce-abroad'] !== undefined) {
    for (const treaty of TREATIES) {
      const t = place.treaties[treaty];
      notes.push({ kind: 'treaty', treaty, party: t.party, since: t.since, ...cited(place, t.source) });
    }
  }
  return { known: true, id: place.id, name: place.name, checked: place.checked, notes };
}
