import fc from 'fast-check';
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../../src/domain/questions.ts';
import { triedAnswers, withTried } from '../../src/domain/what-if-answers.ts';
import { createWhatIf } from '../../src/ui/results/create-what-if.ts';

/** A case store that applies writes to a signal, as the real one does once IndexedDB answers. */
function fakeStore(initial: Answers) {
  const [answers, setAnswers] = createSignal(initial);
  const writes: (readonly (readonly [string, AnswerValue | null])[])[] = [];
  return {
    answers,
    writes,
    /** Set to false to have the next writes fail, as a locked or full device's do. */
    stores: true,
    async setAnswers(changes: readonly (readonly [string, AnswerValue | null])[]) {
      if (!this.stores) return false;
      writes.push(changes);
      setAnswers((now) => Object.fromEntries([...Object.entries(now), ...changes]));
      return true;
    },
  };
}

describe('what-if answers', () => {
  it('lists exactly the answers tried differently from the stored ones', () => {
    const answer = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), answer),
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), answer)),
        (stored, tries) => {
          const tried = tries.reduce((answers, [id, value]) => withTried(answers, id, value), stored as Answers);
          const changed = triedAnswers(stored, tried);
          for (const id of ['a', 'b', 'c', 'd']) {
            const differs = (stored[id] ?? null) !== (tried[id] ?? null);
            expect(changed.some((c) => c.questionId === id)).toBe(differs);
          }
        },
      ),
    );
  });
});

describe('createWhatIf', () => {
  it('changes only a copy until kept, then stores it in one write; undo stores the earlier answers again', async () => {
    const store = fakeStore({ 'q.willing-b': 2, 'q.area': 'family' });
    await createRoot(async (dispose) => {
      const whatIf = createWhatIf(store.answers, store);
      whatIf.tryAnswer('q.willing-b', 0);
      whatIf.tryAnswer('q.power', 1);
      expect(whatIf.answers()).toEqual({ 'q.willing-b': 0, 'q.area': 'family', 'q.power': 1 });
      expect(store.answers()).toEqual({ 'q.willing-b': 2, 'q.area': 'family' });
      expect(store.writes).toEqual([]);
      expect(whatIf.tried().map((c) => c.questionId)).toEqual(['q.willing-b', 'q.power']);

      await whatIf.keep();
      expect(store.writes).toEqual([
        [
          ['q.willing-b', 0],
          ['q.power', 1],
        ],
      ]);
      expect(whatIf.active()).toBe(false);
      expect(whatIf.kept()?.length).toBe(2);

      await whatIf.undo();
      expect(store.answers()).toEqual({ 'q.willing-b': 2, 'q.area': 'family', 'q.power': null });
      expect(whatIf.kept()).toBeUndefined();
      dispose();
    });
  });

  it('a keep that could not be stored says nothing was kept: the what-if stays open', async () => {
    const store = fakeStore({ 'q.area': 'family' });
    await createRoot(async (dispose) => {
      const whatIf = createWhatIf(store.answers, store);
      whatIf.tryAnswer('q.area', 'employment');
      store.stores = false;
      await whatIf.keep();
      expect(whatIf.active()).toBe(true);
      expect(whatIf.kept()).toBeUndefined();
      expect(store.answers()).toEqual({ 'q.area': 'family' });
      dispose();
    });
  });

  it('going back leaves the stored answers as they were and writes nothing', () => {
    const store = fakeStore({ 'q.area': 'family' });
    createRoot((dispose) => {
      const whatIf = createWhatIf(store.answers, store);
      whatIf.tryAnswer('q.area', 'employment');
      expect(whatIf.active()).toBe(true);
      whatIf.back();
      expect(whatIf.active()).toBe(false);
      expect(whatIf.answers()).toEqual({ 'q.area': 'family' });
      expect(store.writes).toEqual([]);
      dispose();
    });
  });

  it('trying the stored answer again is no what-if at all', () => {
    const store = fakeStore({ 'q.area': 'family' });
    createRoot((dispose) => {
      const whatIf = createWhatIf(store.answers, store);
      whatIf.tryAnswer('q.area', 'employment');
      whatIf.tryAnswer('q.area', 'family');
      expect(whatIf.active()).toBe(false);
      dispose();
    });
  });
});
