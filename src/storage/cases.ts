// Saved cases: every write is a whole record, so a closed tab never leaves half an answer behind.
import type { AnswerValue } from '../domain/questions.ts';
import { CASE_SCHEMA_VERSION, type CaseRecord, type OleDb } from './db.ts';

/** A write to a case that is gone (deleted in another tab, say); the interface words it by its name. */
export class CaseGoneError extends Error {
  constructor(id: string) {
    super(`The case ${id} no longer exists (deleted in another tab?)`);
    this.name = 'CaseGoneError';
  }
}

export function newCaseId(): string {
  return crypto.randomUUID();
}

export function makeCase(title: string, now = new Date()): CaseRecord {
  const at = now.toISOString();
  return { id: newCaseId(), schemaVersion: CASE_SCHEMA_VERSION, title, createdAt: at, updatedAt: at, answers: {} };
}

export async function listCases(db: OleDb): Promise<CaseRecord[]> {
  const all = await db.getAllFromIndex('cases', 'updatedAt');
  return all.reverse();
}

export function getCase(db: OleDb, id: string): Promise<CaseRecord | undefined> {
  return db.get('cases', id);
}

export async function saveCase(db: OleDb, record: CaseRecord): Promise<void> {
  await db.put('cases', record);
}

export async function deleteCase(db: OleDb, id: string): Promise<void> {
  await db.delete('cases', id);
}

/** Reads the stored record inside the write transaction, so two tabs answering different questions both keep theirs. */
export async function updateCase(
  db: OleDb,
  id: string,
  change: (current: CaseRecord) => CaseRecord,
  now = new Date(),
): Promise<CaseRecord> {
  const tx = db.transaction('cases', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) throw new CaseGoneError(id);
  const next = { ...change(current), updatedAt: now.toISOString() };
  await tx.store.put(next);
  await tx.done;
  return next;
}

export function withAnswer(record: CaseRecord, questionId: string, value: AnswerValue | null): CaseRecord {
  return { ...record, answers: { ...record.answers, [questionId]: value } };
}

export function duplicateCase(record: CaseRecord, copyTitle: string, now = new Date()): CaseRecord {
  const at = now.toISOString();
  return { ...record, id: newCaseId(), title: copyTitle, createdAt: at, updatedAt: at };
}
