// Fuzzing the case file import: random and mutated files never throw past parseCaseFile and never change stored data.
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/case-file/parse.ts';
import { serializeCase } from '../../src/domain/case-file/serialize.ts';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { importCaseFile } from '../../src/storage/case-import.ts';
import { listCases, saveCase } from '../../src/storage/cases.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { sampleCase } from './helpers/case-file-sample.ts';

const RUNS = 1000;
const IMPORT_RUNS = 300;
const validText = serializeCase(sampleCase(), new Date('2026-03-03T09:00:00Z'));
const validBytes = new TextEncoder().encode(validText);
const parse = (text: string) => parseCaseFile(text, defaultQuestionnaire);

/** Flip, cut or insert bytes of a valid export; decoding may leave replacement characters, as a damaged file would. */
const byteMutation = fc
  .array(fc.tuple(fc.constantFrom('flip', 'cut', 'insert'), fc.nat(), fc.integer({ min: 1, max: 255 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((edits) => {
    let bytes = Array.from(validBytes);
    for (const [kind, at, value] of edits) {
      const i = at % (bytes.length + 1);
      if (kind === 'flip' && i < bytes.length) bytes[i] = bytes[i]! ^ value;
      if (kind === 'cut') bytes = [...bytes.slice(0, i), ...bytes.slice(i + (value % 40) + 1)];
      if (kind === 'insert') bytes.splice(i, 0, value);
    }
    return new TextDecoder().decode(Uint8Array.from(bytes));
  });

/** Replace one value anywhere in a valid export: other types, huge strings, prototype keys, deep nesting. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant('x'.repeat(50_000)),
  fc.constant({ ['__proto__']: { polluted: true }, constructor: { prototype: { polluted: true } } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
  fc.constant(JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) as unknown),
);
const structuralMutation = fc.tuple(fc.nat(), hostileValue, fc.boolean()).map(([pick, replacement, asKey]) => {
  const copy = JSON.parse(validText) as Record<string, unknown>;
  const nodes: Record<string, unknown>[] = [];
  const paths: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    nodes.push(node as Record<string, unknown>);
    for (const [key, value] of Object.entries(node)) {
      paths.push([node as Record<string, unknown>, key]);
      walk(value);
    }
  };
  walk(copy);
  if (asKey)
    Object.defineProperty(nodes[pick % nodes.length], '__proto__', {
      value: replacement,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else {
    const [parent, key] = paths[pick % paths.length]!;
    parent[key] = replacement;
  }
  return JSON.stringify(copy);
});

const anyFile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  byteMutation,
  structuralMutation,
);

/** A case that passed is well formed: every answer one of its question's choices. */
function expectWellFormed(text: string): void {
  const result = parse(text);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    return;
  }
  for (const [id, value] of Object.entries(result.file.case.answers)) {
    const question = defaultQuestionnaire.questions.find((q) => q.id === id);
    expect(question).toBeDefined();
    if (value !== null) expect(question!.choices.some((c) => c.value === value)).toBe(true);
  }
  expect(typeof result.file.case.title).toBe('string');
}

describe(`case files never throw past parseCaseFile (${RUNS} inputs each)`, () => {
  it(`random text and JSON (${RUNS} inputs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        expectWellFormed,
      ),
      { numRuns: RUNS },
    );
  });

  it(`a valid export with flipped, cut or inserted bytes (${RUNS} inputs)`, () => {
    fc.assert(fc.property(byteMutation, expectWellFormed), { numRuns: RUNS });
  });

  it(`a valid export with one value or key replaced by something hostile (${RUNS} inputs)`, () => {
    fc.assert(fc.property(structuralMutation, expectWellFormed), { numRuns: RUNS });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 60_000);
});

describe(`importing random and mutated files (${IMPORT_RUNS} inputs)`, () => {
  let db: OleDb;
  const name = 'ole-case-fuzz';
  beforeAll(async () => {
    db = await openOleDb(name);
  });
  afterAll(async () => {
    db.close();
    await deleteDB(name);
  });

  it(`a refused file leaves every stored case as it was; an accepted one only adds a case (${IMPORT_RUNS} inputs)`, async () => {
    await saveCase(db, sampleCase());
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyFile, async (text) => {
        const before = await listCases(db);
        const result = await importCaseFile(db, text, defaultQuestionnaire);
        const after = await listCases(db);
        if (!result.ok) {
          expect(after).toEqual(before);
          return;
        }
        accepted += 1;
        expect(after.filter((c) => c.id !== result.imported.record.id)).toEqual(before);
        expect(after).toHaveLength(before.length + 1);
      }),
      { numRuns: IMPORT_RUNS },
    );
    console.info(
      `case file import fuzz: ${IMPORT_RUNS} inputs, ${accepted} accepted as new cases, ${IMPORT_RUNS - accepted} refused with nothing changed`,
    );
  }, 60_000);
});
