// A production build trusts the keys named by OLE_TRUSTED_KEYS_FILE, in the page and in the service worker alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const demoKeyId = (
  JSON.parse(readFileSync(join(root, 'data/feed-keys/trusted.json'), 'utf8')) as { keyId: string }[]
)[0]!.keyId;
const testKeys = join(root, 'tests/fixtures/feeds/test-keys/trusted.json');
const testKeyId = (JSON.parse(readFileSync(testKeys, 'utf8')) as { keyId: string }[])[0]!.keyId;

it('replaces the demo key with the configured ones everywhere', { timeout: 180_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'ole-keys-build-'));
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      env: { ...process.env, OLE_TRUSTED_KEYS_FILE: testKeys },
      stdio: 'pipe',
    },
  );
  const files = [
    join(out, 'sw.js'),
    ...readdirSync(join(out, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(out, 'assets', f)),
  ];
  const text = files.map((f) => readFileSync(f, 'utf8'));
  expect(text.some((t) => t.includes(testKeyId))).toBe(true);
  expect(readFileSync(join(out, 'sw.js'), 'utf8')).toContain(testKeyId);
  expect(text.some((t) => t.includes(demoKeyId))).toBe(false);
});
