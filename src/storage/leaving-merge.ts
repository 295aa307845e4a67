// How a journalled case (the last edit of a page that went) joins its stored copy: only if it is the later one.
import type { CaseRecord } from './db.ts';

/** The journal's answers win, as the later edit; undefined when the stored copy is as new or newer (keep it). */
export function mergeLeaving(stored: CaseRecord, journalled: CaseRecord): CaseRecord | undefined {
  if (stored.id !== journalled.id || stored.updatedAt >= journalled.updatedAt) return undefined;
  return { ...stored, ...journalled, answers: { ...stored.answers, ...journalled.answers } };
}
