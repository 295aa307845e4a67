import { createResource, createSignal } from 'solid-js';
import { deleteCase, duplicateCase, listCases, makeCase, saveCase, updateCase } from '../../storage/cases.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';
import { announceCaseChange, useCaseChanges } from './case-changes.ts';
import { appMessages } from '../app/app.messages.ts';
import { t } from '../app/i18n.ts';

/** The saved cases on this device, newest first, with the actions the home screen offers. */
export function createCaseList() {
  const [cases, { refetch }] = createResource(async () => listCases(await useDb()));
  const [error, setError] = createSignal<string>();
  useCaseChanges(() => void refetch());

  /** Runs a storage action, then tells other tabs which case it touched. */
  async function run<T>(caseId: string, action: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await action();
      announceCaseChange(caseId);
      setError(undefined);
      await refetch();
      return result;
    } catch (e) {
      setError(describeStorageError(e));
      return undefined;
    }
  }

  return {
    cases,
    error,
    /** A new case; a code the other party sent can come with it, so the comparison waits for the answers. */
    create: (title: string, otherPartyCode?: string) => {
      const record = otherPartyCode === undefined ? makeCase(title) : { ...makeCase(title), otherPartyCode };
      return run(record.id, async () => {
        await saveCase(await useDb(), record);
        return record;
      });
    },
    rename: (id: string, title: string) => run(id, async () => updateCase(await useDb(), id, (r) => ({ ...r, title }))),
    duplicate: (record: CaseRecord) => {
      const copy = duplicateCase(record, t(appMessages).copyOf(record.title));
      return run(copy.id, async () => saveCase(await useDb(), copy));
    },
    setOtherPartyCode: (id: string, otherPartyCode: string) =>
      run(id, async () => updateCase(await useDb(), id, (r) => ({ ...r, otherPartyCode }))),
    remove: (id: string) => run(id, async () => deleteCase(await useDb(), id)),
    /** Adds the case in a file; the parser loads on first use. A refused file is an answer, not an error. */
    importFile: async (file: File) => {
      const { importFile } = await import('./import-case-file.ts');
      try {
        const result = await importFile(file);
        if (result.ok) {
          announceCaseChange(result.imported.record.id);
          await refetch();
        }
        setError(undefined);
        return result;
      } catch (e) {
        setError(describeStorageError(e));
        return undefined;
      }
    },
  };
}
