// A saved case records the rules version that analysed it, so any change under data/rules must raise that version.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pack from '../../data/rules/pack.json' with { type: 'json' };
import recorded from '../fixtures/rules-fingerprints.json' with { type: 'json' };

const RULES = join(import.meta.dirname, '../../data/rules');
const JURISDICTIONS = join(import.meta.dirname, '../../data/jurisdictions');

/** SHA-256 over every file the rules pack is assembled from, by name, so a change in any of them shows. */
function rulesFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of [RULES, JURISDICTIONS]) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      hash.update(`${dir === RULES ? 'rules' : 'jurisdictions'}/${name}\n`).update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex');
}

describe('rules version', () => {
  it('each rules version has one content: a change under data/rules or data/jurisdictions raises the version', () => {
    const fingerprints = recorded as Record<string, string>;
    const now = rulesFingerprint();
    const hint = `data/rules changed: raise "version" in data/rules/pack.json and record "${pack.version}": "${now}" in tests/fixtures/rules-fingerprints.json`;
    expect(fingerprints[pack.version], hint).toBe(now);
    // An older version's content is history: no other version may claim today's content.
    for (const [version, fingerprint] of Object.entries(fingerprints))
      if (version !== pack.version) expect(fingerprint, version).not.toBe(now);
  });
});
