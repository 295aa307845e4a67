// The three ways on as rows, in the order the table and the chart show them.
import type { PathComparison, PathValue } from '../../domain/worksheet/paths.ts';

export type WayRow = { readonly way: 'court' | 'arbitration' | 'mediation'; readonly value?: PathValue | undefined };

export const wayRows = (c: PathComparison): readonly WayRow[] => [
  { way: 'court', value: c.court.value },
  { way: 'arbitration', value: c.arbitration.value },
  { way: 'mediation', value: c.mediationFirst.value },
];
