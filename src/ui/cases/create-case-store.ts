import { createResource, createSignal, type Accessor } from 'solid-js';
import type { AnswerValue } from '../../domain/questions.ts';
import { getCase, updateCase, withAnswer } from '../../storage/cases.ts';
import type { CaseRecord, MatchingPreferences } from '../../storage/db.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';

export type CaseStore = ReturnType<typeof createCaseStore>;

/** A saved case as a Solid resource; every change is written through to IndexedDB at once. */
export function createCaseStore(caseId: Accessor<string>) {
  const [record, { mutate }] = createResource(caseId, async (id) => (await getCase(await useDb(), id)) ?? null);
  const [saveError, setSaveError] = createSignal<string>();

  async function change(apply: (current: CaseRecord) => CaseRecord): Promise<void> {
    const current = record();
    if (!current) return;
    mutate(apply(current)); // show the change now; the write below confirms it
    try {
      mutate(await updateCase(await useDb(), current.id, apply));
      setSaveError(undefined);
    } catch (error) {
      setSaveError(describeStorageError(error));
    }
  }

  return {
    record,
    saveError,
    setAnswer: (questionId: string, value: AnswerValue | null) => change((r) => withAnswer(r, questionId, value)),
    setLastQuestion: (lastQuestionId: string) => change((r) => (r.lastQuestionId === lastQuestionId ? r : { ...r, lastQuestionId })),
    rename: (title: string) => change((r) => ({ ...r, title })),
    setMatching: (matching: MatchingPreferences) => change((r) => ({ ...r, matching })),
    markAnalysed: (rulesVersion: string) => change((r) => (r.rulesVersion === rulesVersion ? r : { ...r, rulesVersion })),
  };
}
