import type { Accessor } from 'solid-js';
import type { SideKey, Worksheet } from '../../domain/worksheet/types.ts';
import { t } from '../app/i18n.ts';
import { worksheetMessages } from './worksheet.messages.ts';

/** What every worksheet part gets: the draft, a way to change it, and a way to write it now (on blur). */
export type WorksheetEditor = {
  readonly worksheet: Accessor<Worksheet>;
  readonly update: (change: (current: Worksheet) => Worksheet) => void;
  readonly flush: () => void;
  /** Marks a field by its path (`sides.self.outcomes.best.probability`) as holding an entry that was not saved. */
  readonly markUnsaved: (path: string, unsaved: boolean) => void;
};

/** The side's own name if the person gave one, else "Your side" / "The other side" ("your side" inside a sentence). */
export function sideName(worksheet: Worksheet, side: SideKey, place: 'start' | 'inSentence' = 'start'): string {
  const fallback = place === 'start' ? side : side === 'self' ? 'selfInSentence' : 'otherInSentence';
  return worksheet.sides?.[side]?.label?.trim() || t(worksheetMessages)[fallback];
}
