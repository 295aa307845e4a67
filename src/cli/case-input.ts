// Where the factors sit in a case file: the one place to change when the saved-case shape changes.
import { isRecord } from '../domain/validate.ts';

/** Returns the raw factors object of a case file, or a message saying what the file lacks. */
export function caseFactors(json: unknown): { ok: true; factors: unknown } | { ok: false; message: string } {
  if (isRecord(json) && 'factors' in json) return { ok: true, factors: json['factors'] };
  if (isRecord(json) && isRecord(json['case']) && 'factors' in json['case']) return { ok: true, factors: json['case']['factors'] };
  return { ok: false, message: 'expected {"factors": {...}} or {"case": {"factors": {...}}}' };
}
