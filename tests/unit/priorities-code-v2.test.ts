// v2 two-party codes are read aloud: case, look-alikes and separators are forgiven, and a typo is found and placed in its group.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTOR_IDS, factorValues, type FactorProfile } from '../../src/domain/factors.ts';
import { PAYLOAD_RANGE, V2_FACTORS } from '../../src/domain/together/code-v2.ts';
import { ALPHABET, checkSymbol } from '../../src/domain/together/crockford.ts';
import {
  decodePriorities,
  encodePriorities,
  sharedPart,
  SHARED_FACTORS,
} from '../../src/domain/together/priorities-code.ts';
import { anyProfile, VECTOR_PROFILE } from './helpers/code-profiles.ts';

const RUNS = 2000;
/** The 25 symbols of a printed code, and the code printed again from symbols. */
const symbolsOf = (code: string) => code.replace(/-/g, '');
const printed = (symbols: string) => symbols.replace(/(.{5})(?=.)/g, '$1-');
const groupOf = (i: number) => Math.floor(i / 5) + 1;

/** A code whose every group check holds, over any data symbols: to reach the checks after the group checks. */
function withChecks(data: readonly number[]): string {
  const groups: string[] = [];
  for (let g = 0; g * 4 < data.length; g++) {
    const four = data.slice(g * 4, g * 4 + 4);
    groups.push([...four, checkSymbol(four, g)].map((x) => ALPHABET[x]).join(''));
  }
  return groups.join('-');
}

describe('priorities code v2', () => {
  it('is a pinned format: fixed profiles give fixed codes', () => {
    // Vectors printed by the v2 encoder on 2026-12-02; a change here breaks every code already sent.
    const profile = VECTOR_PROFILE;
    expect(encodePriorities(profile)).toBe('24FY0-Q6T9K-RVCM5-N6013-Z0NGS');
    expect(
      encodePriorities({
        ...profile,
        'ctx.jurisdiction': 'fr',
        'ctx.mediation-clause': true,
        'ctx.parties': 'businesses',
        'ctx.area': 'construction',
      }),
    ).toBe('24FY0-Q6T9K-RVCM5-N6037-YJB5N');
    expect(encodePriorities({})).toBe('20005-00001-00002-00003-00004');
    const highest = Object.fromEntries(FACTOR_IDS.map((id) => [id, factorValues(id).at(-1)])) as FactorProfile;
    expect(encodePriorities(highest)).toBe('2XK3P-CXCE5-TA7X7-HCAR9-4SP74');
    expect(SHARED_FACTORS).toEqual(V2_FACTORS);
    expect(V2_FACTORS).toHaveLength(44);
    expect(V2_FACTORS).not.toContain('ctx.safety-risk');
    // Every shared answer fits in the 19 data symbols after the version symbol.
    expect(PAYLOAD_RANGE <= 32n ** 19n).toBe(true);
  });

  it(`decode(encode(x)) = x for the shared factors, however the code is typed (${RUNS} profiles)`, () => {
    fc.assert(
      fc.property(
        anyProfile,
        fc.constantFrom('as printed', 'lower case', 'no dashes', 'spaced', 'look-alikes'),
        (profile, how) => {
          const code = encodePriorities(profile);
          expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
          const typed =
            how === 'lower case'
              ? code.toLowerCase()
              : how === 'no dashes'
                ? symbolsOf(code)
                : how === 'spaced'
                  ? ` ${code.replace(/-/g, ' – ')}\n`
                  : code.replace(/0/g, 'o').replace(/1/g, () => (Math.random() < 0.5 ? 'I' : 'l'));
          expect(decodePriorities(typed)).toEqual({ ok: true, profile: sharedPart(profile) });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`one wrong symbol is caught and named by its group (${RUNS} mutations)`, () => {
    fc.assert(
      fc.property(anyProfile, fc.nat(24), fc.nat(30), fc.boolean(), (profile, i, shift, dashed) => {
        const symbols = symbolsOf(encodePriorities(profile));
        const wrong = ALPHABET[(ALPHABET.indexOf(symbols[i]!) + 1 + shift) % 32]!;
        const mutated = symbols.slice(0, i) + wrong + symbols.slice(i + 1);
        const typed = dashed ? printed(mutated) : mutated.toLowerCase();
        expect(decodePriorities(typed)).toMatchObject({ ok: false, error: 'checksum', groups: [groupOf(i)] });
      }),
      { numRuns: RUNS },
    );
  });

  it(`two neighbours swapped are caught and named by their group or groups (${RUNS} mutations)`, () => {
    fc.assert(
      fc.property(anyProfile, fc.nat(23), (profile, i) => {
        const symbols = symbolsOf(encodePriorities(profile));
        fc.pre(symbols[i] !== symbols[i + 1]);
        const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        const groups = [...new Set([groupOf(i), groupOf(i + 1)])];
        expect(decodePriorities(printed(swapped))).toMatchObject({ ok: false, error: 'checksum', groups });
      }),
      { numRuns: RUNS },
    );
  });

  it('a whole group read in the wrong place is caught', () => {
    const groups = encodePriorities({ 'goal.cost': 3, 'imp.law': 2, 'ctx.area': 'energy' }).split('-');
    const [g2, g3] = [groups[1]!, groups[2]!];
    expect(g2).not.toBe(g3);
    const moved = [groups[0], g3, g2, groups[3], groups[4]].join('-');
    expect(decodePriorities(moved.toLowerCase())).toEqual({
      ok: false,
      error: 'checksum',
      groups: [2, 3],
      typed: [g3, g2],
    });
  });

  it('names each kind of bad code, and the group when the typed groups show it', () => {
    const code = encodePriorities({ 'goal.cost': 1 });
    const groups = code.split('-');
    expect(decodePriorities('')).toEqual({ ok: false, error: 'empty' });
    expect(decodePriorities(' - ')).toEqual({ ok: false, error: 'empty' });
    expect(decodePriorities('2ABCé')).toEqual({ ok: false, error: 'not-a-code' });
    // A missing symbol: placed when the person's own dashes show which group is short.
    const short = [...groups.slice(0, 2), groups[2]!.slice(1), ...groups.slice(3)];
    expect(decodePriorities(short.join('-').toLowerCase())).toEqual({
      ok: false,
      error: 'wrong-length',
      groups: [3],
      typed: [groups[2]!.slice(1)],
    });
    expect(decodePriorities(short.join(''))).toEqual({ ok: false, error: 'wrong-length' });
    // A whole group missing is a length problem, not a typo in every group after it.
    expect(decodePriorities(groups.slice(0, 4).join('-'))).toEqual({ ok: false, error: 'wrong-length' });
    expect(decodePriorities([...groups, groups[4]].join('-'))).toEqual({ ok: false, error: 'wrong-length' });
    // U is a letter but not a symbol: a typo in its group.
    expect(decodePriorities(code.replace(/^(.{6})./, '$1U'))).toMatchObject({
      ok: false,
      error: 'checksum',
      groups: [2],
    });
    // Intact group checks, another version symbol.
    const data = Array.from({ length: 20 }, () => 0);
    expect(decodePriorities(withChecks([3, ...data.slice(1)]))).toEqual({ ok: false, error: 'newer-version' });
    expect(decodePriorities(withChecks([3, ...data.slice(1), 0, 0, 0, 0]))).toEqual({
      ok: false,
      error: 'newer-version',
    });
    expect(decodePriorities(withChecks([0, ...data.slice(1)]))).toEqual({ ok: false, error: 'unknown-version' });
    // The 19 data symbols can say more than the factors' values: the top of that range is refused.
    expect(decodePriorities(withChecks([2, ...data.slice(1).map(() => 31)]))).toEqual({
      ok: false,
      error: 'bad-level',
    });
  });

  it(`random text never throws, and almost never passes (${RUNS} strings)`, () => {
    let passed = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: fc.constantFrom(...`${ALPHABET}-`), maxLength: 35 })),
        (text) => {
          if (decodePriorities(text).ok) passed++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(passed).toBe(0);
  });
});
