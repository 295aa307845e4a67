// A profile as a dense array indexed by factor: key order cannot matter and lookups are cheap.
import { FACTOR_IDS, type FactorId, type FactorProfile, type FactorValue } from './factors.ts';

/** undefined at an index = that factor is not answered. */
export type ProfileValues = readonly (FactorValue | undefined)[];

export const FACTOR_INDEX: ReadonlyMap<FactorId, number> = new Map(FACTOR_IDS.map((id, i) => [id, i]));

export function factorIndex(id: FactorId): number {
  const i = FACTOR_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown factor ${id}`);
  return i;
}

export function profileValues(profile: FactorProfile): (FactorValue | undefined)[] {
  const values = profile as Readonly<Record<string, FactorValue | undefined>>;
  return FACTOR_IDS.map((id) => values[id] ?? undefined);
}
