// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { draftCase, forgetDraft, startDraft } from '../../src/ui/cases/case-drafts.ts';

describe('case drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps a started case in this tab until it is stored', () => {
    const draft = startDraft('Case of 1 Dec 2026');
    expect(draftCase(draft.id)).toEqual(draft);
    expect(JSON.parse(sessionStorage.getItem('ole.drafts')!)).toHaveLength(1);
    forgetDraft(draft.id);
    expect(draftCase(draft.id)).toBeUndefined();
  });

  it('drops what is not a draft from a damaged or foreign sessionStorage value', () => {
    sessionStorage.setItem(
      'ole.drafts',
      JSON.stringify([
        { id: 'x', title: 7 },
        { id: 'y', title: 'Y', createdAt: 'a', updatedAt: 'a', answers: {} },
      ]),
    );
    expect(draftCase('x')).toBeUndefined();
    expect(draftCase('y')?.title).toBe('Y');
    sessionStorage.setItem('ole.drafts', '{not json');
    expect(draftCase('y')).toBeUndefined();
  });
});
