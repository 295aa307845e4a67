// @vitest-environment jsdom
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCase, makeCase, saveCase } from '../../src/storage/cases.ts';
import { useDb } from '../../src/ui/app/db.ts';
import { createCaseStore } from '../../src/ui/cases/create-case-store.ts';
import { draftCase, startDraft } from '../../src/ui/cases/case-drafts.ts';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

afterEach(() => vi.restoreAllMocks());

describe('createCaseStore', () => {
  it('shows a case started in this tab, stores nothing for viewing it, and stores it with its first answer', async () => {
    const draft = startDraft('Case of 1 Dec 2026');
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => draft.id);
      await until(() => store.record() != null);
      expect(store.isDraft()).toBe(true);
      await store.setLastQuestion('q.area');
      await store.markAnalysed('2026.12.3');
      expect(await getCase(await useDb(), draft.id)).toBeUndefined();
      // Two quick answers: the first creates the case, the second lands on top of it.
      await Promise.all([
        store.setAnswer('q.area', 'family', 'Family, separation or children, 1 Dec 2026'),
        store.setAnswer('q.privacy', 3),
      ]);
      const stored = await getCase(await useDb(), draft.id);
      expect(stored?.answers).toEqual({ 'q.area': 'family', 'q.privacy': 3 });
      expect(stored?.title).toBe('Family, separation or children, 1 Dec 2026');
      expect(stored?.lastQuestionId).toBe('q.area');
      expect(draftCase(draft.id)).toBeUndefined();
      expect(store.isDraft()).toBe(false);
      dispose();
    });
  });

  it('a case that is neither stored nor started here is missing', async () => {
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => 'no-such-case');
      await until(() => store.record() === null);
      expect(await store.setAnswer('q.area', 'family')).toBe(false);
      expect(await getCase(await useDb(), 'no-such-case')).toBeUndefined();
      dispose();
    });
  });

  it('loads a case and writes every answer through to IndexedDB', async () => {
    const record = makeCase('Supplier');
    await saveCase(await useDb(), record);
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => record.id);
      await until(() => store.record() != null);
      await store.setAnswer('q.privacy', 3);
      expect(store.record()?.answers).toEqual({ 'q.privacy': 3 });
      expect((await getCase(await useDb(), record.id))?.answers).toEqual({ 'q.privacy': 3 });
      dispose();
    });
  });

  it("keeps the other party's code with the case, and forgetting it removes the field from storage", async () => {
    const record = makeCase('Two parties');
    await saveCase(await useDb(), record);
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => record.id);
      await until(() => store.record() != null);
      await store.setOtherPartyCode('AQAAAAAAAAAAAAAAAG1v');
      expect((await getCase(await useDb(), record.id))?.otherPartyCode).toBe('AQAAAAAAAAAAAAAAAG1v');
      await store.setOtherPartyCode(undefined);
      const stored = await getCase(await useDb(), record.id);
      expect(stored && 'otherPartyCode' in stored).toBe(false);
      expect(store.record() && 'otherPartyCode' in store.record()!).toBe(false);
      dispose();
    });
  });

  it('never hides a newer answer while an earlier one is still being written', async () => {
    const record = makeCase('Quick taps');
    await saveCase(await useDb(), record);
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => record.id);
      await until(() => store.record() != null);
      const seen: unknown[] = [];
      const first = store.setAnswer('q.privacy', 3).then(() => seen.push(store.record()?.answers));
      const second = store.setAnswer('q.speed', 2);
      await Promise.all([first, second]);
      expect(seen).toEqual([{ 'q.privacy': 3, 'q.speed': 2 }]);
      expect(store.record()?.answers).toEqual({ 'q.privacy': 3, 'q.speed': 2 });
      dispose();
    });
  });

  it('says when the disk is full, and keeps what was saved before', async () => {
    const record = makeCase('Full disk');
    await saveCase(await useDb(), record);
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => record.id);
      await until(() => store.record() != null);
      await store.setAnswer('q.cost', 1);
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('quota', 'QuotaExceededError');
      });
      await store.setAnswer('q.speed', 2);
      expect(store.saveError()).toMatch(/out of storage space/);
      vi.restoreAllMocks();
      expect((await getCase(await useDb(), record.id))?.answers).toEqual({ 'q.cost': 1 });
      dispose();
    });
  });

  it('gives null for a case that is not on this device', async () => {
    await createRoot(async (dispose) => {
      const store = createCaseStore(() => 'missing');
      await until(() => store.record() === null);
      dispose();
    });
  });
});
