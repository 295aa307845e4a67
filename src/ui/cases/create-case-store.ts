import { createResource, createSignal, type Accessor } from 'solid-js';
import { sameAnswers, type AnswerValue } from '../../domain/questions.ts';
import { abortQuietly, getCase, updateCase, withAnswer } from '../../storage/cases.ts';
import { readSetting } from '../../storage/settings-store.ts';
import { clearLeaving, journalLeaving } from '../../storage/leaving-journal.ts';
import type { CaseRecord, MatchingPreferences, OleDb } from '../../storage/db.ts';
import { mergeWorksheet } from '../../domain/worksheet/merge.ts';
import { emptyWorksheet, type Worksheet } from '../../domain/worksheet/types.ts';
import {
  CaseUnreadableError,
  PROTECTION_SETTING,
  ProtectionChangedError,
  type CaseCodec,
} from '../../storage/case-codec.ts';
import { openedDb, useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';
import { onPageLeave } from '../app/on-page-leave.ts';
import { announceCaseChange, useCaseChanges } from './case-changes.ts';
import { caseCodec, recheckCaseAccess } from './case-lock.ts';
import { draftCase, forgetDraft, updateDraft } from './case-drafts.ts';

export type CaseStore = ReturnType<typeof createCaseStore>;

/** A saved case as a Solid resource; every change is written through to IndexedDB at once. Read again on unlock. */
export function createCaseStore(caseId: Accessor<string>) {
  const source = () => {
    const codec = caseCodec();
    return codec && { id: caseId(), codec };
  };
  const [readWith, setReadWith] = createSignal<CaseCodec>();
  const [sealed, setSealed] = createSignal(false);
  // A protected case read while locked is no error: nothing is held, and the gate asks for the passphrase.
  const [record, { mutate, refetch }] = createResource(source, async ({ id, codec }) => {
    try {
      // A case started in this tab shows as an empty case until its first answer stores it.
      const found = await getCase(await useDb(), id, codec);
      if (found) forgetDraft(id); // stored by a write this page did not see finish (a reload, another tab)
      const read = found ?? draftCase(id) ?? null;
      setSealed(false);
      return read;
    } catch (error) {
      if (!(error instanceof CaseUnreadableError && error.reason === 'locked')) throw error;
      setSealed(true);
      return undefined;
    } finally {
      setReadWith(codec);
    }
  });
  const [saveError, setSaveError] = createSignal<string>();

  // Keep the answers object the page already holds when the stored one says the same: analyses are not redone.
  const show = (stored: CaseRecord) =>
    mutate((shown) =>
      shown && sameAnswers(shown.answers, stored.answers) ? { ...stored, answers: shown.answers } : stored,
    );

  // Another tab saved this case: show its answers here too (each write merged both tabs' answers in storage).
  useCaseChanges(async (changedId) => {
    const codec = caseCodec();
    if (changedId !== caseId() || !codec) return;
    try {
      const stored = await getCase(await useDb(), changedId, codec);
      if (stored) show(stored);
    } catch {
      void refetch(); // sealed by another tab's unlock while this one is locked: the gate asks for the passphrase
    }
  });

  let changesMade = 0;
  let writesInFlight = 0;
  /**
   * True once the change is stored (or there was nothing to change); false when it could not be, as saveError says.
   * A change that only records where the person is (`stores: false`) does not store a draft.
   */
  async function change(apply: (current: CaseRecord) => CaseRecord, { stores = true } = {}): Promise<boolean> {
    const current = record();
    const codec = caseCodec();
    if (!current || !codec) return false;
    const next = apply(current);
    if (next === current) return true; // nothing changed: no write, and no re-render of everything that reads the case
    mutate(next); // show the change now; the write below confirms it
    const draft = draftCase(current.id);
    if (draft && !stores) {
      updateDraft(apply(draft));
      return true;
    }
    const mine = ++changesMade;
    writesInFlight++;
    try {
      const stored = await updateCase(await useDb(), current.id, apply, codec, { draft });
      if (draft) forgetDraft(current.id);
      // A later change may already show: an earlier write's record must not hide it while its own write runs.
      if (mine === changesMade) show(stored);
      announceCaseChange(stored.id);
      setSaveError(undefined);
      return true;
    } catch (error) {
      if (error instanceof ProtectionChangedError) void recheckCaseAccess();
      setSaveError(describeStorageError(error));
      return false;
    } finally {
      writesInFlight--;
    }
  }

  /**
   * For a page being hidden or closed: the write is queued at once, with no read before it (a read's answer would
   * come after the page has gone), so it stores this tab's record with the change, sealed at once if protected.
   */
  function changeBeforeLeaving(apply: (current: CaseRecord) => CaseRecord): void {
    const current = record();
    const db = openedDb();
    const codec = caseCodec();
    // Read with another codec (the cases locked, or protection changed since): the normal write refuses it properly.
    if (!current || !db || !codec || readWith() !== codec) return void change(apply);
    const next = apply(current);
    // Shown already, but its write may still be running, and a running write may not outlive the page: write it now.
    if (next === current && writesInFlight === 0) return;
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    mutate(stamped);
    changesMade++;
    putAtOnce(db, stamped, codec);
  }

  // An answer's write reads, merges and writes in steps (and, under protection, opens and seals the case): steps a
  // closing page never finishes. So if the page goes while one still runs, the record it shows is stored at once.
  onPageLeave(() => {
    const db = openedDb();
    const codec = caseCodec();
    const shown = record();
    if (writesInFlight > 0 && db && codec && shown && readWith() === codec)
      putAtOnce(db, { ...shown, updatedAt: new Date().toISOString() }, codec);
  });

  function putAtOnce(db: OleDb, shown: CaseRecord, codec: CaseCodec): void {
    const stored = codec.closeNow(shown);
    // A queued transaction can still die with the page (an earlier write may hold the store): the case is also
    // journalled synchronously (sealed if protected), and stored by the next page that can (leaving-journal.ts),
    // which checks the protection it was written under.
    journalLeaving(stored, codec.protection, undefined, draftCase(stored.id) !== undefined);
    // The put waits for the protection setting, in the same transaction: a record sealed with a key no longer in use,
    // or a plain one under protection turned on in another tab, is never written. Should the page go first, the
    // journal still holds it.
    const tx = db.transaction(['cases', 'settings'], 'readwrite');
    tx.objectStore('settings')
      .get(PROTECTION_SETTING)
      .then((config) => {
        const now = readSetting(PROTECTION_SETTING, config)?.key.salt ?? null;
        if (now !== codec.protection) throw new ProtectionChangedError();
        return tx.objectStore('cases').put(stored);
      })
      .catch(() => abortQuietly(tx)); // tx.done below reports why
    tx.done.then(
      () => {
        clearLeaving(stored);
        forgetDraft(stored.id);
        announceCaseChange(stored.id);
      },
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
  }

  return {
    record,
    /** Whether the record shown was read with the codec now in use (not, say, before the cases locked). */
    readNow: () => readWith() !== undefined && readWith() === caseCodec(),
    /** The case is protected and the page locked: it needs the passphrase. */
    sealed,
    saveError,
    /** Whether the case exists only in this tab so far (started, not yet answered). */
    isDraft: () => {
      const shown = record();
      return !!shown && !!draftCase(shown.id);
    },
    /** `title` names a case being stored by this answer (its first), from what the dispute is about. */
    setAnswer: (questionId: string, value: AnswerValue | null, title?: string) =>
      change((r) => ({ ...withAnswer(r, questionId, value), ...(title ? { title } : {}) })),
    /** Several answers in one write (a kept what-if, or its undo). */
    setAnswers: (changes: readonly (readonly [string, AnswerValue | null])[]) =>
      change((r) => changes.reduce((next, [questionId, value]) => withAnswer(next, questionId, value), r)),
    setLastQuestion: (lastQuestionId: string) =>
      change((r) => (r.lastQuestionId === lastQuestionId ? r : { ...r, lastQuestionId }), { stores: false }),
    rename: (title: string) => change((r) => ({ ...r, title })),
    setMatching: (matching: MatchingPreferences) => change((r) => ({ ...r, matching })),
    /** `base` is the stored worksheet the draft started from: fields another tab changed since are kept. */
    setWorksheet: (worksheet: Worksheet, base: Worksheet) => change(withWorksheet(worksheet, base)),
    setWorksheetBeforeLeaving: (worksheet: Worksheet, base: Worksheet) =>
      changeBeforeLeaving(withWorksheet(worksheet, base)),
    /** Keeps the other party's code with the case, or forgets it (undefined). */
    setOtherPartyCode: (code: string | undefined) =>
      change((r) => {
        if (r.otherPartyCode === code) return r;
        const { otherPartyCode: _forgotten, ...rest } = r;
        return code === undefined ? rest : { ...rest, otherPartyCode: code };
      }),
    markAnalysed: (rulesVersion: string) =>
      change((r) => (r.rulesVersion === rulesVersion ? r : { ...r, rulesVersion }), { stores: false }),
  };
}

/** The draft merged field by field into what is stored (read again at write time), never written over it whole. */
const withWorksheet = (worksheet: Worksheet, base: Worksheet) => (r: CaseRecord) =>
  r.worksheet === worksheet ? r : { ...r, worksheet: mergeWorksheet(base, worksheet, r.worksheet ?? emptyWorksheet()) };
