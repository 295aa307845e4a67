// Saves a case file through the browser's download: nothing is sent anywhere, the file goes straight to the device.
import { caseFileName, serializeCase } from '../../domain/case-file/serialize.ts';
import type { CaseRecord } from '../../storage/db.ts';

export function downloadCaseFile(record: CaseRecord, now = new Date()): void {
  const url = URL.createObjectURL(new Blob([serializeCase(record, now)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = caseFileName(now);
  link.click();
  // The download has started from the object URL by the next task; then it can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
