import { createSignal, type Accessor } from 'solid-js';
import type { AnswerValue, Answers } from '../../domain/questions.ts';
import { triedAnswers, withTried, type TriedAnswer } from '../../domain/what-if-answers.ts';

type Store = { setAnswers: (changes: readonly (readonly [string, AnswerValue | null])[]) => Promise<boolean> };

/**
 * A sandbox over the stored answers: what-ifs change a copy, the stored case changes only on `keep`, and the last
 * kept what-if can be undone (the answers it replaced are stored again).
 */
export function createWhatIf(stored: Accessor<Answers>, store: Store) {
  const [draft, setDraft] = createSignal<Answers>();
  const [kept, setKept] = createSignal<readonly TriedAnswer[]>();
  const answers = () => draft() ?? stored();
  const tried = () => (draft() ? triedAnswers(stored(), answers()) : []);
  const active = () => tried().length > 0;

  return {
    /** The answers to analyse: the what-if's while one is open, else the stored ones. */
    answers,
    /** What the open what-if changes (empty when none is open, or every tried answer is the stored one again). */
    tried,
    active,
    /** The what-if kept last, while it can still be undone. */
    kept,
    tryAnswer: (questionId: string, value: AnswerValue | null) => {
      setKept(undefined);
      setDraft(withTried(answers(), questionId, value));
    },
    back: () => setDraft(undefined),
    keep: async () => {
      const changes = tried();
      if (!changes.length) return setDraft(undefined);
      // Not stored (locked, full disk…): the what-if stays open, and the page says why.
      if (!(await store.setAnswers(changes.map((c) => [c.questionId, c.tried ?? null] as const)))) return;
      setDraft(undefined);
      setKept(changes);
    },
    undo: async () => {
      const changes = kept();
      if (!changes) return;
      if (await store.setAnswers(changes.map((c) => [c.questionId, c.stored ?? null] as const))) setKept(undefined);
    },
  };
}

export type WhatIf = ReturnType<typeof createWhatIf>;
