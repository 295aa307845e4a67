// v1 two-party codes (base64url, CRC-16) are still read: whatever is pasted or linked decodes to a profile or a named error.
// The current format, v2, is tested in priorities-code-v2.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactorProfile } from '../../src/domain/factors.ts';
import { base64UrlDecode, base64UrlEncode } from '../../src/domain/base64.ts';
import { crc16 } from '../../src/domain/together/checksum.ts';
import { encodeV1 as encodePriorities, V1_FACTORS } from '../../src/domain/together/code-v1.ts';
import { decodePriorities, PRIVATE_FACTORS } from '../../src/domain/together/priorities-code.ts';
import { anyProfile, VECTOR_PROFILE } from './helpers/code-profiles.ts';

const RUNS = 2000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A code with a fresh checksum over the given bytes, to reach the checks that come after it. */
function withChecksum(body: Uint8Array): string {
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  const crc = crc16(body);
  bytes[body.length] = crc >> 8;
  bytes[body.length + 1] = crc & 0xff;
  return base64UrlEncode(bytes);
}

/** What a v1 code can carry of a profile. */
function v1Part(profile: FactorProfile): FactorProfile {
  return Object.fromEntries(V1_FACTORS.flatMap((id) => (profile[id] === undefined ? [] : [[id, profile[id]]])));
}

describe('priorities code v1', () => {
  it('is a pinned format: fixed profiles give fixed v1 codes, and factors added since are not carried', () => {
    // Vectors printed by the v1 encoder as shipped on 2026-11-30, before any factor was added.
    const profile = VECTOR_PROFILE;
    expect(encodePriorities(profile)).toBe('AQ4AAAAEAAAAIAAGrJsa');
    expect(encodePriorities({})).toBe('AQAAAAAAAAAAAAAAAG1v');
    expect(encodePriorities({ ...profile, 'ctx.jurisdiction': 'fr', 'ctx.mediation-clause': true })).toBe(
      'AQ4AAAAEAAAAIAAGrJsa',
    );
    expect(V1_FACTORS).toHaveLength(34);
    // The same vectors are read back by today's reader.
    expect(decodePriorities('AQ4AAAAEAAAAIAAGrJsa')).toEqual({ ok: true, profile });
    expect(decodePriorities('AQAAAAAAAAAAAAAAAG1v')).toEqual({ ok: true, profile: {} });
  });

  it(`decode(encode(x)) = x for the shared factors (${RUNS} profiles)`, () => {
    fc.assert(
      fc.property(anyProfile, (profile) => {
        const decoded = decodePriorities(encodePriorities(profile));
        expect(decoded).toEqual({ ok: true, profile: v1Part(profile) });
      }),
      { numRuns: RUNS },
    );
  });

  it('is short, URL-safe and carries no safety answer', () => {
    const code = encodePriorities({
      'goal.privacy': 3,
      'ctx.safety-risk': true,
      'ctx.escalation': 9,
      'ctx.amount': 'very-large',
    });
    expect(code).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(PRIVATE_FACTORS).toContain('ctx.safety-risk');
    expect(V1_FACTORS).not.toContain('ctx.safety-risk');
    expect(decodePriorities(code)).toEqual({
      ok: true,
      profile: { 'goal.privacy': 3, 'ctx.escalation': 9, 'ctx.amount': 'very-large' },
    });
    expect(encodePriorities({ 'ctx.safety-risk': true })).toBe(encodePriorities({ 'ctx.safety-risk': false }));
  });

  it('reads a whole pasted link and ignores spaces and line breaks', () => {
    const code = encodePriorities({ 'goal.speed': 2, 'imp.emotions': 1 });
    expect(decodePriorities(`https://example.test/together#${code}`)).toEqual(decodePriorities(code));
    expect(decodePriorities(` ${code.slice(0, 10)}\n${code.slice(10)} `)).toMatchObject({ ok: true });
  });

  it('names each kind of bad code', () => {
    const code = encodePriorities({ 'goal.cost': 1 });
    expect(decodePriorities('')).toEqual({ ok: false, error: 'empty' });
    expect(decodePriorities('   ')).toEqual({ ok: false, error: 'empty' });
    expect(decodePriorities('héllo!')).toEqual({ ok: false, error: 'not-a-code' });
    expect(decodePriorities(code.slice(0, 12))).toMatchObject({ ok: false });
    expect(decodePriorities(`${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`)).toEqual({
      ok: false,
      error: 'checksum',
    });
    const body = base64UrlDecode(code)!.subarray(0, -2);
    // Versions after 1 are base32, so a base64url code claiming one was never written by Olé.
    expect(decodePriorities(withChecksum(Uint8Array.from([2, ...body.subarray(1)])))).toEqual({
      ok: false,
      error: 'unknown-version',
    });
    expect(decodePriorities(withChecksum(Uint8Array.from([0, ...body.subarray(1)])))).toEqual({
      ok: false,
      error: 'unknown-version',
    });
    expect(decodePriorities(withChecksum(Uint8Array.from([1, ...body.subarray(1), 0])))).toEqual({
      ok: false,
      error: 'wrong-length',
    });
    // The first factor is a goal in 3 bits: 7 is past its four levels.
    expect(decodePriorities(withChecksum(Uint8Array.from([1, 0xe0, ...body.subarray(2)])))).toEqual({
      ok: false,
      error: 'bad-level',
    });
    // The last bits of the payload are padding and must be zero.
    const padded = Uint8Array.from(body);
    padded[padded.length - 1]! |= 1;
    expect(decodePriorities(withChecksum(padded))).toEqual({ ok: false, error: 'bad-level' });
  });

  it(`random strings never throw and decode to an error (${RUNS} strings)`, () => {
    let errors = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 })),
        (text) => {
          const result = decodePriorities(text);
          if (!result.ok) errors++;
          // only a 20-letter v1 code or a 25-symbol v2 code, each with matching checks, passes
          else expect(text.replace(/[\s_-]/g, '')).toMatch(/^(A[A-Za-z0-9_-]{19}|[0-9A-Za-z]{25})$/);
        },
      ),
      { numRuns: RUNS },
    );
    expect(errors).toBeGreaterThan(RUNS * 0.99);
  });

  it(`any one-letter change of a valid code is caught (${RUNS} mutations)`, () => {
    fc.assert(
      fc.property(anyProfile, fc.nat(), fc.constantFrom(...ALPHABET), (profile, at, letter) => {
        const code = encodePriorities(profile);
        const i = at % code.length;
        fc.pre(code[i] !== letter);
        const mutated = code.slice(0, i) + letter + code.slice(i + 1);
        expect(decodePriorities(mutated).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`dropped, doubled or swapped letters are caught (${RUNS} mutations)`, () => {
    fc.assert(
      fc.property(anyProfile, fc.nat(), fc.constantFrom('drop', 'double', 'swap'), (profile, at, how) => {
        const code = encodePriorities(profile);
        const i = at % (code.length - 1);
        const mutated =
          how === 'drop'
            ? code.slice(0, i) + code.slice(i + 1)
            : how === 'double'
              ? code.slice(0, i + 1) + code.slice(i)
              : code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        fc.pre(mutated !== code);
        expect(decodePriorities(mutated).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
