// A case started in this tab and not written yet: it is stored by its first answer or edit, so backing out of a new
// case leaves nothing behind. Kept in sessionStorage (this tab only, gone with it) so a reload still finds it.
import { makeCase } from '../../storage/cases.ts';
import type { CaseRecord } from '../../storage/db.ts';

const KEY = 'ole.drafts';

/** Only what `startDraft` writes: an id, a title, dates and (empty or position-only) answers; anything else is dropped. */
function isDraft(value: unknown): value is CaseRecord {
  const d = value as Partial<CaseRecord> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.id === 'string' &&
    typeof d.title === 'string' &&
    typeof d.createdAt === 'string' &&
    typeof d.updatedAt === 'string' &&
    typeof d.answers === 'object' &&
    d.answers !== null
  );
}

function readDrafts(): CaseRecord[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isDraft) : [];
  } catch {
    return []; // storage refused or a damaged value: no drafts, and a new case still starts
  }
}

function writeDrafts(drafts: readonly CaseRecord[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(drafts));
  } catch {
    // not kept across a reload of this tab; the draft still lives in the page until its first answer
  }
}

const inPage = new Map<string, CaseRecord>();

/** A new, empty case that exists only in this tab until `forgetDraft` (after its first write). */
export function startDraft(title: string): CaseRecord {
  const draft = makeCase(title);
  inPage.set(draft.id, draft);
  writeDrafts([...readDrafts(), draft].slice(-20));
  return draft;
}

export function draftCase(id: string): CaseRecord | undefined {
  return inPage.get(id) ?? readDrafts().find((draft) => draft.id === id);
}

/** A change that does not store the case (where the person is) is kept with the draft, for its first write. */
export function updateDraft(draft: CaseRecord): void {
  if (!draftCase(draft.id)) return;
  inPage.set(draft.id, draft);
  writeDrafts(readDrafts().map((d) => (d.id === draft.id ? draft : d)));
}

/** The case is stored now: it is no longer a draft. */
export function forgetDraft(id: string): void {
  inPage.delete(id);
  writeDrafts(readDrafts().filter((draft) => draft.id !== id));
}
