// Fuzzing every parser that reads untrusted input: random or mutated input never throws past the boundary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFactorProfile } from '../../src/domain/factors.ts';
import { parseSharedIds, shortlistPath } from '../../src/domain/registry/shortlist-link.ts';
import {
  parseFeedbackDigests,
  parseMediatorProfiles,
  parseRevocations,
} from '../../src/domain/registry/validate-records.ts';
import { parseStandardsFile } from '../../src/domain/registry/validate-standards.ts';
import { parseManifest } from '../../src/feed/manifest.ts';
import { verifyManifest } from '../../src/feed/crypto.ts';
import { buildFeed, makeDigest, makeProfile, makeTestKey } from './helpers/make-feed.ts';

const RUNS = 500;
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** A valid value with one path replaced by something random: the inputs most likely to slip through. */
function mutate(valid: unknown) {
  return fc.tuple(fc.nat(), anyJson).map(([pick, replacement]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
    };
    walk(copy, []);
    const path = paths[pick % paths.length]!;
    if (path.length === 0) return replacement;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = replacement;
    return copy;
  });
}

describe(`parsers at trust boundaries never throw (${RUNS} inputs each)`, () => {
  it('registry records: random and mutated profiles, digests, revocations', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, mutate([makeProfile('m1')]), mutate([makeDigest('m1')])), (input) => {
        for (const parse of [parseMediatorProfiles, parseFeedbackDigests, parseRevocations]) {
          const result = parse(input);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a mutated profile that passes is still a well-formed profile', () => {
    fc.assert(
      fc.property(mutate([makeProfile('m1')]), (input) => {
        const result = parseMediatorProfiles(input);
        if (result.ok)
          for (const p of result.records) expect(typeof p.id === 'string' && Array.isArray(p.languages)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('standards files and manifests', () => {
    fc.assert(
      fc.property(
        anyJson,
        fc.constantFrom('standards/levels.json', 'standards/qaps.json', 'standards/rules.json', 'x.json'),
        (input, path) => {
          expect(parseStandardsFile(path, input).ok).toBe(false);
          expect(parseManifest(input).ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('factor profiles from a case file or a link', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyJson,
          fc.dictionary(fc.constantFrom('goal.privacy', 'ctx.escalation', 'ctx.amount', 'imp.facts'), anyJson),
        ),
        (input) => {
          const result = parseFactorProfile(input);
          if (!result.ok) expect(result.problems[0]!.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('shared shortlist ids keep only plain ids, and survive a round trip', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const ids = parseSharedIds(raw);
        for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(parseSharedIds(new URL(shortlistPath(ids), 'https://x.test').searchParams.get('ids'))).toEqual(ids);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('signed manifests', () => {
  // The signature file is base64 text, whose padding bits carry nothing: flip the signature's own bytes instead.
  it('any single flipped byte in the manifest or its signature is refused (100 inputs)', async () => {
    const key = await makeTestKey();
    const files = await buildFeed({ sequence: 1, shards: { '00': [makeProfile('m1')] } }, key);
    const manifest = files.get('manifest.json')!;
    const signature = files.get('manifest.sig')!;
    const rawSignature = Buffer.from(new TextDecoder().decode(signature), 'base64');
    expect((await verifyManifest(manifest, signature, [key.trusted])).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (inManifest, at, xor) => {
        const target = Uint8Array.from(inManifest ? manifest : rawSignature);
        target[at % target.length] = target[at % target.length]! ^ xor;
        const result = inManifest
          ? await verifyManifest(target, signature, [key.trusted])
          : await verifyManifest(manifest, new TextEncoder().encode(Buffer.from(target).toString('base64')), [
              key.trusted,
            ]);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
