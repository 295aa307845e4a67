import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_FILE_LIMITS, CASE_FILE_VERSION } from '../../src/domain/case-file/format.ts';
import { MAX_PROBLEMS, parseCaseFile } from '../../src/domain/case-file/parse.ts';
import { caseFileName, serializeCase } from '../../src/domain/case-file/serialize.ts';
import { defaultQuestionnaire } from '../../src/domain/default-questionnaire.ts';
import { encodePriorities } from '../../src/domain/together/priorities-code.ts';
import { importCase } from '../../src/storage/case-import.ts';
import { getCase, listCases, saveCase } from '../../src/storage/cases.ts';
import { openOleDb, type OleDb } from '../../src/storage/db.ts';
import { sampleCase } from './helpers/case-file-sample.ts';

const parse = (text: string) => parseCaseFile(text, defaultQuestionnaire);
const exported = () => JSON.parse(serializeCase(sampleCase(), new Date('2026-03-03T09:00:00Z'))) as Record<string, any>;
const problemsOf = (file: unknown) => {
  const result = parse(JSON.stringify(file));
  return result.ok ? [] : result.problems;
};

describe('case file format', () => {
  it('gives back the same case it wrote, without storage-only fields', () => {
    const record = sampleCase();
    const result = parse(serializeCase(record, new Date('2026-03-03T09:00:00Z')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.exportedAt).toBe('2026-03-03T09:00:00.000Z');
    expect(result.file.version).toBe(CASE_FILE_VERSION);
    const { schemaVersion: _dropped, ...rest } = record;
    expect(result.file.case).toEqual(rest);
  });

  it('names the file by date only, never by what the person typed', () => {
    expect(caseFileName(new Date('2026-03-03T23:00:00Z'))).toBe('ole-case-2026-03-03.json');
  });

  it('refuses text that is not JSON, and JSON that is not a case file, as such', () => {
    expect(parse('{"format": "ole-case",')).toMatchObject({ ok: false, refusal: 'not-json' });
    expect(parse('[1,2]')).toMatchObject({ ok: false, refusal: 'foreign' });
    expect(parse(JSON.stringify({ type: 'FeatureCollection' }))).toMatchObject({ ok: false, refusal: 'foreign' });
  });

  it('says a newer Olé made a file of a later version, and refuses nonsense versions as invalid', () => {
    expect(parse(JSON.stringify({ ...exported(), version: CASE_FILE_VERSION + 1 }))).toMatchObject({
      ok: false,
      refusal: 'newer',
    });
    for (const version of [0, '1', 1.5, null]) {
      expect(parse(JSON.stringify({ ...exported(), version }))).toMatchObject({
        ok: false,
        refusal: 'invalid',
        problems: [{ path: 'version', code: 'bad-version' }],
      });
    }
  });

  it('names each bad answer: unknown question, value not a choice, wrong type', () => {
    const file = exported();
    file['case'].answers = {
      'q.nope': 1,
      'q.area': 'space-law',
      'q.escalation': '4',
      'q.cross-border': 'yes',
      'q.amount': null,
    };
    expect(problemsOf(file)).toEqual([
      { path: 'case.answers["q.nope"]', code: 'unknown-question' },
      { path: 'case.answers["q.area"]', code: 'not-a-choice' },
      { path: 'case.answers["q.escalation"]', code: 'wrong-type' },
      { path: 'case.answers["q.cross-border"]', code: 'wrong-type' },
    ]);
  });

  it('checks titles, ids, dates, codes and unknown keys, each by path', () => {
    const file = exported();
    file['case'].title = 'x'.repeat(CASE_FILE_LIMITS.titleChars + 1);
    file['case'].id = '../../etc';
    file['case'].createdAt = 'yesterday';
    file['case'].matching.languages = ['de', 'klingon'];
    file['case'].matching.online = 'yes';
    file['case'].colour = 'red';
    file['extra'] = true;
    expect(problemsOf(file)).toEqual(
      expect.arrayContaining([
        { path: 'case.title', code: 'too-long' },
        { path: 'case.id', code: 'bad-id' },
        { path: 'case.createdAt', code: 'bad-date' },
        { path: 'case.matching.languages[1]', code: 'bad-code' },
        { path: 'case.matching.online', code: 'not-boolean' },
        { path: 'case.colour', code: 'unknown-key' },
        { path: 'extra', code: 'unknown-key' },
      ]),
    );
  });

  it('carries the worksheet, and names its problems under case.worksheet', () => {
    const file = exported();
    expect(file['case'].worksheet.sides.self.money.claim).toBe(100_000);
    file['case'].worksheet.sides.self.money.claim = 'a lot';
    file['case'].worksheet.currency = 'euros';
    expect(problemsOf(file)).toEqual(
      expect.arrayContaining([
        { path: 'case.worksheet.sides.self.money.claim', code: 'not-number' },
        { path: 'case.worksheet.currency', code: 'bad-currency' },
      ]),
    );
  });

  it('carries the choice to discount the costs to come, and still reads a file written before it', () => {
    const file = exported();
    expect(file['case'].worksheet.discountCostsToCome).toBeUndefined();
    expect(parse(JSON.stringify(file)).ok).toBe(true);
    file['case'].worksheet.discountCostsToCome = true;
    const result = parse(JSON.stringify(file));
    expect(result.ok && result.file.case.worksheet?.discountCostsToCome).toBe(true);
    file['case'].worksheet.discountCostsToCome = 1;
    expect(problemsOf(file)).toEqual([{ path: 'case.worksheet.discountCostsToCome', code: 'not-boolean' }]);
  });

  it("carries the other party's code as a bare code, and refuses one that does not decode", () => {
    const code = encodePriorities({ 'goal.privacy': 3, 'imp.emotions': 1 });
    const result = parse(serializeCase({ ...sampleCase(), otherPartyCode: code }));
    expect(result.ok && result.file.case.otherPartyCode).toBe(code);
    const file = exported();
    for (const bad of [
      `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`,
      `https://x.test/together#c=${code}`,
      42,
    ]) {
      file['case'].otherPartyCode = bad;
      expect(problemsOf(file)).toEqual([
        { path: 'case.otherPartyCode', code: typeof bad === 'number' ? 'not-text' : 'bad-code' },
      ]);
    }
  });

  it('refuses an empty or control-character title, and a missing case', () => {
    const file = exported();
    file['case'].title = '  ';
    expect(problemsOf(file)).toEqual([{ path: 'case.title', code: 'empty' }]);
    file['case'].title = 'a\u0000b';
    expect(problemsOf(file)).toEqual([{ path: 'case.title', code: 'control-character' }]);
    delete file['case'];
    expect(problemsOf(file)).toEqual([{ path: 'case', code: 'missing' }]);
  });

  it('keeps prototype keys as plain unknown keys and pollutes nothing', () => {
    const text = serializeCase(sampleCase()).replace(
      '"answers": {',
      '"answers": {"__proto__": {"polluted": 1}, "constructor": 2,',
    );
    const result = parse(text.replace('"format"', '"__proto__": {"polluted": 1}, "format"'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual([
        '__proto__',
        'case.answers["__proto__"]',
        'case.answers["constructor"]',
      ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a huge file before parsing it, and lists at most a bounded number of problems', () => {
    expect(parse(' '.repeat(CASE_FILE_LIMITS.fileChars + 1))).toMatchObject({
      ok: false,
      problems: [{ code: 'too-large' }],
    });
    const file = exported();
    file['case'].answers = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`q.bad${i}`, 1]));
    const result = parse(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, total: 1000 });
    if (!result.ok) expect(result.problems).toHaveLength(MAX_PROBLEMS);
  });
});

describe('importing a case file', () => {
  let db: OleDb;
  const name = 'ole-case-import-test';
  beforeEach(async () => {
    db = await openOleDb(name);
  });
  afterEach(async () => {
    db.close();
    await deleteDB(name);
  });

  it('adds the case under its own id when the id is free', async () => {
    const result = parse(serializeCase(sampleCase()));
    if (!result.ok) throw new Error('sample must parse');
    const imported = await importCase(db, result.file.case);
    expect(imported.newId).toBe(false);
    expect(await getCase(db, sampleCase().id)).toEqual(sampleCase());
  });

  it('gives a fresh id instead of overwriting a case already on the device', async () => {
    const mine = { ...sampleCase(), title: 'Mine, edited since' };
    await saveCase(db, mine);
    const result = parse(serializeCase(sampleCase()));
    if (!result.ok) throw new Error('sample must parse');
    const imported = await importCase(db, result.file.case);
    expect(imported.newId).toBe(true);
    expect(imported.record.id).not.toBe(mine.id);
    expect(await getCase(db, mine.id)).toEqual(mine);
    expect((await listCases(db)).map((c) => c.title).sort()).toEqual(['Mine, edited since', sampleCase().title]);
  });
});
