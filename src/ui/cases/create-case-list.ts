import { createResource, createSignal } from 'solid-js';
import { deleteCase, duplicateCase, listCases, makeCase, saveCase, updateCase } from '../../storage/cases.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';

/** The saved cases on this device, newest first, with the actions the home screen offers. */
export function createCaseList() {
  const [cases, { refetch }] = createResource(async () => listCases(await useDb()));
  const [error, setError] = createSignal<string>();

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await action();
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
    create: (title: string) =>
      run(async () => {
        const record = makeCase(title);
        await saveCase(await useDb(), record);
        return record;
      }),
    rename: (id: string, title: string) => run(async () => updateCase(await useDb(), id, (r) => ({ ...r, title }))),
    duplicate: (record: CaseRecord) => run(async () => saveCase(await useDb(), duplicateCase(record, `${record.title} (copy)`))),
    remove: (id: string) => run(async () => deleteCase(await useDb(), id)),
  };
}
