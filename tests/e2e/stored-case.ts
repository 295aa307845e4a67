// Reads a plain (unprotected) case straight from IndexedDB: what is really stored, not what the page shows.
import type { Page } from '@playwright/test';
import type { CaseRecord } from '../../src/storage/db.ts';

export const storedCase = (page: Page, caseId: string) =>
  page.evaluate(
    (id) =>
      new Promise<CaseRecord | undefined>((resolve, reject) => {
        const open = indexedDB.open('ole');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cases').objectStore('cases').get(id);
          get.onsuccess = () => {
            resolve(get.result as CaseRecord | undefined);
            open.result.close();
          };
        };
      }),
    caseId,
  );

/** The ids of the cases stored in this origin's IndexedDB. */
export function storedCaseIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ole');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('cases').objectStore('cases').getAllKeys();
          keys.onsuccess = () => {
            resolve(keys.result.map(String));
            open.result.close();
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}
