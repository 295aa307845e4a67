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
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/analyse.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
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
    const { code, stdout } = await run(tempCase(JSON.stringify({ case: { answers: { 'q.relationship': 3, 'q.privacy': 3, 'q.cost': null } } })));
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
    expect(stdout).toMatch(/^ 1 {2}Court \(litigation\)/m);
    expect(stdout).toMatch(/unavailable: The other side refuses/);
    expect(stdout).toMatch(/caution: Someone's safety is at risk/);
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
