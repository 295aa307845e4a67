import { createMemo, createResource, createSignal } from 'solid-js';
import { deleteCase, duplicateCase, makeCase, readCases, saveCase, updateCase } from '../../storage/cases.ts';
import { ProtectionChangedError, type CaseCodec } from '../../storage/case-codec.ts';
import type { CaseRecord } from '../../storage/db.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';
import { announceCaseChange, useCaseChanges } from './case-changes.ts';
import { caseCodec, recheckCaseAccess } from './case-lock.ts';
import { appMessages } from '../app/app.messages.ts';
import { t } from '../app/i18n.ts';

/** The saved cases on this device, newest first, with the actions the home screen offers; while locked, the plain ones. */
export function createCaseList() {
  const [read, { refetch }] = createResource(caseCodec, async (codec) => ({
    codec,
    shelf: await readCases(await useDb(), codec),
  }));
  // The last list read stays in the resource when the cases lock again: shown only if read with the codec now in use.
  const shelf = () => {
    const last = read();
    return last && last.codec === caseCodec() ? last.shelf : undefined;
  };
  // A record that reads as before keeps its object, so its card (and the focus in it) stays when the list is read again.
  const cases = createMemo<CaseRecord[] | undefined>((previous) => {
    const next = shelf()?.cases;
    if (!next || !previous) return next;
    const held = new Map(previous.map((record) => [record.id, record]));
    return next.map((record) => {
      const before = held.get(record.id);
      return before && JSON.stringify(before) === JSON.stringify(record) ? before : record;
    });
  });
  const [error, setError] = createSignal<string>();
  useCaseChanges(() => void refetch());

  /** Runs a storage action, then tells other tabs which case it touched. */
  async function run<T>(caseId: string, action: (codec: CaseCodec) => Promise<T>): Promise<T | undefined> {
    const codec = caseCodec();
    if (!codec) return undefined;
    try {
      const result = await action(codec);
      announceCaseChange(caseId);
      setError(undefined);
      await refetch();
      return result;
    } catch (e) {
      if (e instanceof ProtectionChangedError) void recheckCaseAccess();
      setError(describeStorageError(e));
      return undefined;
    }
  }

  return {
    cases,
    /** The first read has answered (or failed): what depends on the list can be laid out once, without shifting. */
    loaded: () => read.state === 'ready' || read.state === 'refreshing' || read.state === 'errored',
    /** Stored cases that fail their integrity check: said on screen, and deletable. */
    damaged: () => shelf()?.damaged ?? [],
    /** While locked: the sealed cases, counted on the lock card. */
    locked: () => shelf()?.locked ?? [],
    error,
    /** A new case; a code the other party sent can come with it, so the comparison waits for the answers. */
    create: (title: string, otherPartyCode?: string) => {
      const record = otherPartyCode === undefined ? makeCase(title) : { ...makeCase(title), otherPartyCode };
      return run(record.id, async (codec) => {
        await saveCase(await useDb(), record, codec);
        return record;
      });
    },
    rename: (id: string, title: string) =>
      run(id, async (codec) => updateCase(await useDb(), id, (r) => ({ ...r, title }), codec)),
    duplicate: (record: CaseRecord) => {
      const copy = duplicateCase(record, t(appMessages).copyOf(record.title));
      return run(copy.id, async (codec) => saveCase(await useDb(), copy, codec));
    },
    setOtherPartyCode: (id: string, otherPartyCode: string) =>
      run(id, async (codec) => updateCase(await useDb(), id, (r) => ({ ...r, otherPartyCode }), codec)),
    /** True once deleted, so the page can move focus on. */
    remove: (id: string) =>
      run(id, async () => {
        await deleteCase(await useDb(), id);
        return true;
      }),
    removeDamaged: async () => {
      for (const id of shelf()?.damaged ?? []) await run(id, async () => deleteCase(await useDb(), id));
    },
    /** Adds the case in a file; the parser loads on first use. A refused file is an answer, not an error. */
    importFile: async (file: File) => {
      const codec = caseCodec();
      if (!codec) return undefined;
      const { importFile } = await import('./import-case-file.ts');
      try {
        const result = await importFile(file, codec);
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
