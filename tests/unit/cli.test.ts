// The analyse command, run as a real process on the example case files.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/domain/analysis.ts';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/cases', name);

// Node with tsx's loader in-process (not the tsx wrapper, which starts a second process); runs concurrently.
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/analyse.ts', ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

function tempCase(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ole-cli-')), 'case.json');
  writeFileSync(path, text);
  return path;
}

// Each run starts Node and compiles TypeScript: seconds on a loaded machine, so a generous timeout.
describe.concurrent('npm run analyse', { timeout: 60_000 }, () => {
  it('prints the analysis as JSON for {"factors": ...}', async () => {
    const { code, stdout, stderr } = await run(fixture('family-business.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.options[0]!.id).toBe('mediation-facilitative');
    expect(analysis.options).toHaveLength(17);
  });

  it('reads the answers of a saved case, mapped through the questionnaire', async () => {
    const { code, stdout } = await run(
      tempCase(JSON.stringify({ case: { answers: { 'q.relationship': 3, 'q.privacy': 3, 'q.cost': null } } })),
    );
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.unanswered).not.toContain('goal.relationship');
    expect(analysis.unanswered).toContain('goal.cost');
  });

  it('names a bad answer and exits 2', async () => {
    const { code, stderr } = await run(tempCase(JSON.stringify({ answers: { 'q.privacy': 9 } })));
    expect(code).toBe(2);
    expect(stderr).toMatch(/answers\.q\.privacy is 9/);
  });

  it('reads {"case": {"factors": ...}} too', async () => {
    const { code, stdout } = await run(fixture('cross-border-supply.json'));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Analysis).options[0]!.id).toBe('arbitration');
  });

  it('prints a table for people with --table', async () => {
    const { code, stdout } = await run('--table', fixture('refusing-neighbour.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}1 {2}Court \(litigation\)/m);
    expect(stdout).toMatch(/unavailable: The other side refuses/);
    expect(stdout).toMatch(/caution: Someone's safety is at risk/);
    expect(stdout).toMatch(/^FIRST, SAFETY: /m);
    expect(stdout).toMatch(/^Stages: ruled out -> safety first -> essential goals -> scores -> ties/m);
    expect(stdout).toMatch(/^(Firm|Not firm): /m);
  });

  it('keeps every field of the analysis in its JSON, with the stages, firmness and place beside them', async () => {
    const { code, stdout } = await run(
      tempCase(
        '{"factors": {"goal.precedent": 3, "goal.cost": 3, "ctx.jurisdiction": "gb-eng", "ctx.amount": "small"}}',
      ),
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    for (const key of [
      'rulesVersion',
      'options',
      'sensitivity',
      'unanswered',
      'protection',
      'stageRules',
      'firmness',
      'place',
    ])
      expect(json).toHaveProperty(key);
    expect(json.options[0]).toMatchObject({ id: 'litigation', rank: 1, sharedRank: 1, lacks: [] });
    expect(json.options.find((o: { id: string }) => o.id === 'negotiation').lacks).toEqual(['goal.precedent']);
    expect(json.place).toMatchObject({ known: true, id: 'gb-eng' });
    expect(json.place.notes.map((n: { kind: string }) => n.kind)).toContain('small-claims');
  });

  it.each([
    ['a missing file', ['/nonexistent/case.json'], /no such file/],
    ['malformed JSON', [tempCase('{"factors":')], /malformed JSON/],
    ['no factors', [tempCase('{"notes": "nothing to analyse"}')], /expected \{"factors"/],
    ['an unknown factor id', [tempCase('{"factors": {"ctx.moon": true}}')], /unknown factor id "ctx.moon"/],
    ['a level out of range', [tempCase('{"factors": {"goal.cost": 5}}')], /goal.cost is 5; expected one of 0, 1, 2, 3/],
    ['no file given', [], /expected one case file/],
    ['an unknown option', [fixture('family-business.json'), '--csv'], /unknown option --csv/],
  ])('refuses %s with exit code 2 and a message', async (_, args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
