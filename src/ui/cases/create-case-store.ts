import { createResource, createSignal, type Accessor } from 'solid-js';
import { sameAnswers, type AnswerValue } from '../../domain/questions.ts';
import { getCase, updateCase, withAnswer } from '../../storage/cases.ts';
import type { CaseRecord, MatchingPreferences } from '../../storage/db.ts';
import type { Worksheet } from '../../domain/worksheet/types.ts';
import { openedDb, useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';
import { announceCaseChange, useCaseChanges } from './case-changes.ts';

export type CaseStore = ReturnType<typeof createCaseStore>;

/** A saved case as a Solid resource; every change is written through to IndexedDB at once. */
export function createCaseStore(caseId: Accessor<string>) {
  const [record, { mutate }] = createResource(caseId, async (id) => (await getCase(await useDb(), id)) ?? null);
  const [saveError, setSaveError] = createSignal<string>();

  // Keep the answers object the page already holds when the stored one says the same: analyses are not redone.
  const show = (stored: CaseRecord) =>
    mutate((shown) => (shown && sameAnswers(shown.answers, stored.answers) ? { ...stored, answers: shown.answers } : stored));

  // Another tab saved this case: show its answers here too (each write merged both tabs' answers in storage).
  useCaseChanges(async (changedId) => {
    if (changedId !== caseId()) return;
    const stored = await getCase(await useDb(), changedId);
    if (stored) show(stored);
  });

  let changesMade = 0;
  async function change(apply: (current: CaseRecord) => CaseRecord): Promise<void> {
    const current = record();
    if (!current) return;
    const next = apply(current);
    if (next === current) return; // nothing changed: no write, and no re-render of everything that reads the case
    mutate(next); // show the change now; the write below confirms it
    const mine = ++changesMade;
    try {
      const stored = await updateCase(await useDb(), current.id, apply);
      // A later change may already show: an earlier write's record must not hide it while its own write runs.
      if (mine === changesMade) show(stored);
      announceCaseChange(stored.id);
      setSaveError(undefined);
    } catch (error) {
      setSaveError(describeStorageError(error));
    }
  }

  /**
   * For a page being hidden or closed: the write is queued at once, with no read before it (a read's answer would
   * come after the page has gone), so it stores this tab's record with the change.
   */
  function changeBeforeLeaving(apply: (current: CaseRecord) => CaseRecord): void {
    const current = record();
    const db = openedDb();
    if (!current || !db) return void change(apply);
    const next = apply(current);
    if (next === current) return;
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    mutate(stamped);
    changesMade++;
    const tx = db.transaction('cases', 'readwrite');
    tx.store.put(stamped).catch(() => undefined); // tx.done below reports a failure
    tx.commit(); // commit now: a transaction still open when the page goes is aborted
    tx.done.then(
      () => announceCaseChange(stamped.id),
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
  }

  return {
    record,
    saveError,
    setAnswer: (questionId: string, value: AnswerValue | null) => change((r) => withAnswer(r, questionId, value)),
    setLastQuestion: (lastQuestionId: string) => change((r) => (r.lastQuestionId === lastQuestionId ? r : { ...r, lastQuestionId })),
    rename: (title: string) => change((r) => ({ ...r, title })),
    setMatching: (matching: MatchingPreferences) => change((r) => ({ ...r, matching })),
    setWorksheet: (worksheet: Worksheet) => change((r) => (r.worksheet === worksheet ? r : { ...r, worksheet })),
    setWorksheetBeforeLeaving: (worksheet: Worksheet) => changeBeforeLeaving((r) => (r.worksheet === worksheet ? r : { ...r, worksheet })),
    /** Keeps the other party's code with the case, or forgets it (undefined). */
    setOtherPartyCode: (code: string | undefined) =>
      change((r) => {
        if (r.otherPartyCode === code) return r;
        const { otherPartyCode: _forgotten, ...rest } = r;
        return code === undefined ? rest : { ...rest, otherPartyCode: code };
      }),
    markAnalysed: (rulesVersion: string) => change((r) => (r.rulesVersion === rulesVersion ? r : { ...r, rulesVersion })),
  };
}
