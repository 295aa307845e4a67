import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { describeStorageError } from '../../src/ui/app/errors.ts';
import { setLocale } from '../../src/ui/app/i18n.ts';
import {
  CaseGoneError,
  deleteCase,
  duplicateCase,
  getCase,
  listCases,
  makeCase,
  saveCase,
  updateCase,
  withAnswer,
} from '../../src/storage/cases.ts';

let db: OleDb;
let name: string;
let counter = 0;

beforeEach(async () => {
  name = `ole-test-${++counter}`;
  db = await openOleDb(name);
});
afterEach(async () => {
  db.close();
  await deleteDB(name);
});

describe('saved cases', () => {
  it('keeps several cases, newest first, and survives reopening the database', async () => {
    const first = makeCase('First', new Date('2026-01-01'));
    const second = makeCase('Second', new Date('2026-02-01'));
    await saveCase(db, first);
    await saveCase(db, second);
    db.close();
    db = await openOleDb(name);
    expect((await listCases(db)).map((c) => c.title)).toEqual(['Second', 'First']);
    expect((await getCase(db, first.id))?.schemaVersion).toBe(1);
  });

  it('writes each answer on top of what is stored, so two tabs answering different questions keep both', async () => {
    const record = makeCase('Shared');
    await saveCase(db, record);
    // Both tabs loaded the same record; each changes one answer.
    await updateCase(db, record.id, (current) => withAnswer(current, 'q.privacy', 3));
    await updateCase(db, record.id, (current) => withAnswer(current, 'q.cost', 1));
    expect((await getCase(db, record.id))?.answers).toEqual({ 'q.privacy': 3, 'q.cost': 1 });
  });

  it('creates a draft with its first write, and later writes land on top of it', async () => {
    const draft = makeCase('Started');
    await updateCase(db, draft.id, (current) => withAnswer(current, 'q.privacy', 3), undefined, { draft });
    await updateCase(db, draft.id, (current) => withAnswer(current, 'q.cost', 1), undefined, { draft });
    expect((await getCase(db, draft.id))?.answers).toEqual({ 'q.privacy': 3, 'q.cost': 1 });
    await expect(updateCase(db, 'never-started', (c) => c)).rejects.toBeInstanceOf(CaseGoneError);
  });

  it('duplicates with a new id and deletes only the one asked', async () => {
    const record = withAnswer(makeCase('Original'), 'q.speed', 2);
    await saveCase(db, record);
    const copy = duplicateCase(record, 'Original (copy)');
    await saveCase(db, copy);
    expect(copy.id).not.toBe(record.id);
    await deleteCase(db, record.id);
    const left = await listCases(db);
    expect(left.map((c) => [c.title, c.answers])).toEqual([['Original (copy)', { 'q.speed': 2 }]]);
  });

  it('refuses to update a case deleted meanwhile, with a message in the reader’s language', async () => {
    const refused = await updateCase(db, 'gone', (c) => c).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CaseGoneError);
    setLocale('es');
    expect(describeStorageError(refused)).toBe(
      'No se guardó: este caso ya no existe en este dispositivo (¿se eliminó en otra pestaña?).',
    );
    setLocale('en');
    expect(describeStorageError(refused)).toMatch(/^Not saved: this case no longer exists/);
  });
});
