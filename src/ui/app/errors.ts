/** Turns storage failures into words a person can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Your device is out of storage space, so the last change was not saved. Free some space and try again; everything saved before is safe.';
  }
  if (name === 'InvalidStateError' || name === 'UnknownError') {
    return 'Your browser refused to save (private mode or storage turned off?). Your earlier answers are safe.';
  }
  return `Could not save: ${error instanceof Error ? error.message : String(error)}`;
}
