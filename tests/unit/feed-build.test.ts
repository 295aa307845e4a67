// npm run feed:build as a real process: every file matches the manifest, the feed verifies, and rebuilds are identical.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyManifest } from '../../src/feed/crypto.ts';
import { checkFeedFile } from '../../src/feed/feed-file.ts';
import { trustedKeys } from '../../src/feed/trusted-keys.ts';

const root = resolve(import.meta.dirname, '../..');

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

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'ole-feed-'));
const read = (dir: string, path: string) => new Uint8Array(readFileSync(join(dir, path)));

describe.concurrent('npm run feed:build', { timeout: 60_000 }, () => {
  it('writes a demo feed whose manifest verifies and lists every file with its hash, size and count', async () => {
    const out = tempDir();
    const { code, stderr } = await build('--out', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/\*\*\* DEMO KEY \*\*\*/);
    const verified = await verifyManifest(read(out, 'manifest.json'), read(out, 'manifest.sig'), trustedKeys);
    if (!verified.ok) throw new Error(verified.reason);
    const { manifest } = verified;
    expect(manifest).toMatchObject({ sequence: 1, publishedAt: '2026-11-01T00:00:00Z', demo: true });
    const onDisk = listFiles(out)
      .map((f) => relative(out, f))
      .filter((f) => !f.startsWith('manifest.'))
      .sort();
    expect(manifest.files.map((f) => f.path)).toEqual(onDisk);
    let profiles = 0;
    for (const entry of manifest.files) {
      const result = await checkFeedFile(entry, read(out, entry.path));
      if (!result.ok) throw new Error(result.reason);
      if (result.file.kind === 'registry') profiles += result.file.records.length;
    }
    expect(profiles).toBe(600);
    // The rules pack ships with the app (tested with its translations), never in the feed.
    expect(onDisk).not.toContain('standards/rules.json');
    expect(onDisk).toEqual(
      expect.arrayContaining([
        'revocations.json',
        'standards/levels.json',
        'standards/qaps.json',
        'registry/07.json',
        'digests/07.json',
      ]),
    );
  });

  it('is byte-identical when built twice; a rebuild into the same folder keeps the signature too', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await Promise.all([build('--out', a), build('--out', b)]);
    const files = listFiles(a)
      .map((f) => relative(a, f))
      .sort();
    for (const path of files.filter((f) => f !== 'manifest.sig'))
      expect(Buffer.compare(read(a, path), read(b, path)), path).toBe(0);
    // Two fresh ECDSA signatures differ (WebCrypto randomises them); both verify.
    expect((await verifyManifest(read(b, 'manifest.json'), read(b, 'manifest.sig'), trustedKeys)).ok).toBe(true);
    const signature = read(a, 'manifest.sig');
    await build('--out', a);
    expect(read(a, 'manifest.sig')).toEqual(signature);
  });

  it('takes --sequence, --published-at and --shards, and drops shards a new layout no longer has', async () => {
    const out = tempDir();
    await build('--out', out);
    const { code } = await build(
      '--out',
      out,
      '--sequence',
      '42',
      '--published-at',
      '2026-11-02T08:00:00Z',
      '--shards',
      '4',
    );
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      sequence: number;
      publishedAt: string;
    };
    expect(manifest).toMatchObject({ sequence: 42, publishedAt: '2026-11-02T08:00:00Z' });
    expect(readdirSync(join(out, 'registry')).sort()).toEqual(['00.json', '01.json', '02.json', '03.json']);
  });

  it('refuses bad options with exit code 2', async () => {
    expect(await build('--sequence', 'soon')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--sequence: expected a whole number/),
    });
    expect(await build('--digests', 'x.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--from-csv and --digests go together/),
    });
    expect(await build('--frobnicate', '1')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown option "--frobnicate"\nusage:/),
    });
  });
});
