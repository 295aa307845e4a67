import { appMessages } from './app.messages.ts';
import { t } from './i18n.ts';
import { protectionStatusMessages } from '../cases/protection-status.messages.ts';
import { CaseUnreadableError } from '../../storage/case-codec.ts';

/** Turns storage failures into words a person can act on, in the language shown when it happened. */
export function describeStorageError(error: unknown): string {
  const m = t(appMessages);
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return m.quotaExceeded;
  if (name === 'InvalidStateError' || name === 'UnknownError') return m.storageRefused;
  if (name === 'CaseGoneError') return m.caseGone;
  if (error instanceof CaseUnreadableError && error.reason === 'damaged')
    return t(protectionStatusMessages).damagedCase;
  if (name === 'ProtectionChangedError' || error instanceof CaseUnreadableError)
    return t(protectionStatusMessages).changedElsewhere;
  return m.couldNotSave(error instanceof Error ? error.message : String(error));
}
