// Two-party codes cross a trust boundary: whatever is pasted or linked decodes to a profile or a named error, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTOR_IDS, factorValues, type FactorProfile, type FactorValue } from '../../src/domain/factors.ts';
import { base64UrlDecode, base64UrlEncode } from '../../src/domain/base64.ts';
import { crc16 } from '../../src/domain/together/checksum.ts';
import {
  decodePriorities,
  encodePriorities,
  PRIVATE_FACTORS,
  sharedPart,
  SHARED_FACTORS,
} from '../../src/domain/together/priorities-code.ts';

const RUNS = 2000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Any profile the questionnaire can produce: each factor unanswered or one of its values. */
const anyProfile = fc.record(
  Object.fromEntries(
    FACTOR_IDS.map((id) => [id, fc.constantFrom<FactorValue | undefined>(undefined, ...factorValues(id))]),
  ),
) as fc.Arbitrary<Record<string, FactorValue | undefined>>;
const clean = (p: Record<string, FactorValue | undefined>) =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as FactorProfile;

/** A code with a fresh checksum over the given bytes, to reach the checks that come after it. */
function withChecksum(body: Uint8Array): string {
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  const crc = crc16(body);
  bytes[body.length] = crc >> 8;
  bytes[body.length + 1] = crc & 0xff;
  return base64UrlEncode(bytes);
}

describe('priorities code', () => {
  it('is a pinned format: fixed profiles give fixed v1 codes, and factors added since are not carried', () => {
    // Vectors printed by the v1 encoder as shipped on 2026-11-30, before any factor was added.
    const profile: FactorProfile = {
      'goal.privacy': 3,
      'goal.speed': 2,
      'imp.emotions': 1,
      'ctx.cross-border': true,
      'ctx.other-party-willing': 2,
      'ctx.escalation': 5,
      'ctx.amount': 'large',
    };
    expect(encodePriorities(profile)).toBe('AQ4AAAAEAAAAIAAGrJsa');
    expect(encodePriorities({})).toBe('AQAAAAAAAAAAAAAAAG1v');
    expect(encodePriorities({ ...profile, 'ctx.jurisdiction': 'fr', 'ctx.mediation-clause': true })).toBe(
      'AQ4AAAAEAAAAIAAGrJsa',
    );
    expect(SHARED_FACTORS).toHaveLength(34);
  });

  it(`decode(encode(x)) = x for the shared factors (${RUNS} profiles)`, () => {
    fc.assert(
      fc.property(anyProfile, (raw) => {
        const profile = clean(raw);
        const decoded = decodePriorities(encodePriorities(profile));
        expect(decoded).toEqual({ ok: true, profile: sharedPart(profile) });
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
    expect(SHARED_FACTORS).not.toContain('ctx.safety-risk');
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
    expect(decodePriorities(withChecksum(Uint8Array.from([2, ...body.subarray(1)])))).toEqual({
      ok: false,
      error: 'newer-version',
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
          else expect(text.replace(/\s/g, '')).toMatch(/^[A-Za-z0-9_-]{20}$/); // only a 20-letter code with a matching checksum passes
        },
      ),
      { numRuns: RUNS },
    );
    expect(errors).toBeGreaterThan(RUNS * 0.99);
  });

  it(`any one-letter change of a valid code is caught (${RUNS} mutations)`, () => {
    fc.assert(
      fc.property(anyProfile, fc.nat(), fc.constantFrom(...ALPHABET), (raw, at, letter) => {
        const code = encodePriorities(clean(raw));
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
      fc.property(anyProfile, fc.nat(), fc.constantFrom('drop', 'double', 'swap'), (raw, at, how) => {
        const code = encodePriorities(clean(raw));
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
