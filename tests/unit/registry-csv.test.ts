// Registry CSV import: the example export reads back as records; the broken one names each problem's row and column.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.ts';
import { readCsvRegistry } from '../../src/cli/registry-csv.ts';

const root = resolve(import.meta.dirname, '../..');
const fixture = (path: string) => `tests/fixtures/registry-csv/${path}`;
const good = {
  mediators: fixture('good/mediators.csv'),
  digests: fixture('good/digests.csv'),
  revocations: fixture('good/revocations.csv'),
  qaps: fixture('good/qaps.csv'),
};

function build(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/feed-build.ts', ...args],
      { cwd: root },
      (error, _stdout, stderr) => {
        done({ code: error ? Number(error.code) : 0, stderr });
      },
    );
  });
}

describe('CSV reader', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""\nz",\n\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"\nz', ''] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('names the line of malformed quoting', () => {
    expect(() => parseCsv('a\nb,"c\n')).toThrow('line 2: a quoted field is never closed');
    expect(() => parseCsv('a\nb"c')).toThrow(/^line 2: a quote inside an unquoted field/);
    expect(() => parseCsv('"a"b')).toThrow(/^line 1: unexpected "b" after a closing quote/);
  });
});

describe('registry CSV import', () => {
  it('reads the example export', () => {
    const source = readCsvRegistry(good);
    expect(source.profiles.map((p) => p.id)).toEqual(['csv-001', 'csv-002', 'csv-003', 'csv-004', 'csv-005']);
    expect(source.profiles[0]).toMatchObject({
      name: 'Inès Núñez',
      locations: [
        { country: 'ES', city: 'Sevilla' },
        { country: 'PT', city: 'Lisboa' },
      ],
      certifications: [
        { kind: 'certified-mediator', qapId: 'example-qap-south', certifiedOn: '2019-04-01' },
        { kind: 'online', qapId: 'example-qap-online', certifiedOn: '2022-09-15' },
      ],
      ymi: { acceptsMentees: true, roles: ['observe', 'assist'] },
      complaintsRoute: 'IMI complaints process, then one appeal',
      bio: 'Family and neighbour disputes, mostly in Andalusia.\nWorks with interpreters when needed.',
      multiParty: true,
      coMediation: false,
      bioLanguage: 'en',
      availability: { takingNewCases: true },
      fees: { basis: 'sliding-scale', band: 'low' },
      backgrounds: ['social-work', 'psychologist'],
      safeguardingTrained: true,
      shuttle: true,
    });
    // A month alone means "not taking new cases until then".
    expect(source.profiles[1]!.availability).toEqual({ takingNewCases: false, from: '2027-03' });
    expect(source.profiles[2]).not.toHaveProperty('yearsPractising');
    for (const key of ['availability', 'fees', 'backgrounds', 'safeguardingTrained', 'shuttle', 'bioLanguage'])
      expect(source.profiles[2]).not.toHaveProperty(key);
    expect(source.profiles[1]!.bio).toContain('a "reality tester"');
    expect(source.digests).toHaveLength(4);
    expect(source.digests[2]!.reviewer).toEqual({ name: 'Reviewer Gamma', role: 'Director, Example Centre' });
    expect(source.digests.map((d) => d.language)).toEqual(['en', 'en', 'en', undefined]);
    expect(source.digests[3]).not.toHaveProperty('language');
    expect(source.revocations).toEqual([
      { mediatorId: 'csv-005', date: '2026-09-01', reasonCode: 'complaint-upheld' },
      { mediatorId: 'csv-099', date: '2025-12-01', reasonCode: 'lapsed' },
    ]);
    expect(source.qaps).toHaveLength(4);
    expect(source.demo).toBe(false);
  });

  it('names the row, line and column of every problem in the broken export', () => {
    const broken = {
      mediators: fixture('broken/mediators.csv'),
      digests: fixture('broken/digests.csv'),
      qaps: good.qaps,
    };
    expect(() => readCsvRegistry(broken)).toThrow(
      [
        'the CSV export has 12 problem(s); nothing was published:',
        `${broken.mediators}: row 1 (line 2), column languages, item 2: unknown code "jp"`,
        `${broken.mediators}: row 1 (line 2), column availableFrom: expected a month YYYY-MM, got "March"`,
        `${broken.mediators}: row 1 (line 2), column feeBand: expected one of low | medium | high, got "cheap"`,
        `${broken.mediators}: row 2 (line 4), column ymiAcceptsMentees: expected yes or no, got "perhaps"`,
        `${broken.mediators}: row 2 (line 4), column yearsPractising: expected a whole number, got "twenty"`,
        `${broken.mediators}: row 2 (line 4), column styles, item 1: expected one of facilitative | evaluative | transformative | narrative, got "mediative"`,
        `${broken.mediators}: row 2 (line 4), column certifications, item 1 (certifiedOn): expected a date YYYY-MM-DD, got "2015-13-20"`,
        `${broken.mediators}: row 3 (line 5), column id: duplicate "csv-001" (first on row 1)`,
        `${broken.mediators}: row 3 (line 5), column locations, item 1 (country): expected an ISO 3166-1 alpha-2 country code such as "FR", got "UK"`,
        `${broken.mediators}: row 3 (line 5), column certifications, item 1: QAP "example-qap-nowhere" is not in the QAP list`,
        `${broken.digests}: row 1 (line 2), column reviewerRole: expected non-empty text, got nothing`,
        `${broken.digests}: row 2 (line 3), column mediatorId: no mediator "csv-404" in ${broken.mediators}`,
      ].join('\n'),
    );
  });

  it('names unknown and missing columns', () => {
    expect(() => readCsvRegistry({ ...good, digests: good.revocations })).toThrow(
      `${good.revocations}: column reviewerName: missing column`,
    );
  });
});

describe.concurrent('feed:build --from-csv', { timeout: 60_000 }, () => {
  it('publishes the export, with a sequence that grows with publishedAt', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ole-csv-'));
    const args = [
      '--from-csv',
      good.mediators,
      '--digests',
      good.digests,
      '--revocations',
      good.revocations,
      '--qaps',
      good.qaps,
    ];
    const { code, stderr } = await build('--out', out, ...args, '--published-at', '2026-11-01T12:00:00Z');
    expect(stderr).toMatch(/5 mediators, 4 digests, 2 revocations/);
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      sequence: number;
      demo: boolean;
    };
    expect(manifest).toMatchObject({
      demo: false,
      sequence: (Date.parse('2026-11-01T12:00:00Z') - Date.parse('2020-01-01T00:00:00Z')) / 60_000,
    });
  });

  it('fails with exit code 2 and writes nothing when the export is broken', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ole-csv-')), 'feed');
    const { code, stderr } = await build(
      '--out',
      out,
      '--from-csv',
      fixture('broken/mediators.csv'),
      '--digests',
      fixture('broken/digests.csv'),
      '--qaps',
      good.qaps,
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/row 1 \(line 2\), column languages, item 2: unknown code "jp"/);
    expect(existsSync(out)).toBe(false);
  });
});
