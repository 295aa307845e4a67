// The link's fragment and the code box are where other people's text enters the two-party screens: never a throw, always a named error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFacts, FACT_FACTORS } from '../../src/domain/together/combine.ts';
import { encodeV1 } from '../../src/domain/together/code-v1.ts';
import { encodePriorities, type CodeError } from '../../src/domain/together/priorities-code.ts';
import { readCode, readTogetherFragment, togetherLink } from '../../src/domain/together/together-link.ts';

const RUNS = 3000;
const ERRORS: readonly CodeError[] = [
  'empty',
  'not-a-code',
  'wrong-length',
  'checksum',
  'newer-version',
  'unknown-version',
  'bad-level',
];
const code = encodePriorities({
  'goal.privacy': 3,
  'goal.speed': 1,
  'imp.emotions': 2,
  'ctx.escalation': 4,
  'ctx.safety-risk': true,
});

describe('together link', () => {
  it('puts the code in the fragment only, and reads it back from the link, the fragment or the code box', () => {
    const link = togetherLink('https://ole.example', code);
    const url = new URL(link);
    expect(url.pathname).toBe('/together');
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#c=${code}`);
    const expected = {
      ok: true,
      code,
      profile: { 'goal.privacy': 3, 'goal.speed': 1, 'imp.emotions': 2, 'ctx.escalation': 4 },
    };
    expect(readTogetherFragment(url.hash)).toEqual(expected);
    expect(readTogetherFragment(`#x=1&c=${code}`)).toEqual(expected);
    expect(readCode(link)).toEqual(expected);
    expect(readCode(`  ${code.slice(0, 4)} ${code.slice(4, 8)}\n${code.slice(8)} `)).toEqual(expected);
    expect(readCode(`${url.origin}/together#${code}`)).toEqual(expected);
    // Typed as heard: lower case, spaces for dashes, O for 0; kept in the printed form.
    expect(readCode(code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'O'))).toEqual(expected);
    // A v1 code sent before v2 is read, and kept as it came.
    const v1 = encodeV1({ 'goal.privacy': 3, 'imp.emotions': 2 });
    expect(readCode(`#c=${v1}`)).toEqual({ ok: true, code: v1, profile: { 'goal.privacy': 3, 'imp.emotions': 2 } });
  });

  it('says when there is nothing in the fragment, and names each kind of bad code', () => {
    expect(readTogetherFragment('')).toBeUndefined();
    expect(readTogetherFragment('#')).toBeUndefined();
    expect(readCode('')).toEqual({ ok: false, error: 'empty' });
    expect(readTogetherFragment('#c=')).toEqual({ ok: false, error: 'empty' });
    expect(readTogetherFragment('#c=hello world!')).toEqual({ ok: false, error: 'not-a-code' });
    expect(readTogetherFragment(`#c=${code}#c=${code}`)).toEqual({ ok: false, error: 'not-a-code' });
    expect(readCode(code.slice(0, 8))).toMatchObject({ ok: false });
    const typo = `${code.slice(0, 7)}${code[7] === 'X' ? 'Y' : 'X'}${code.slice(8)}`;
    expect(readCode(typo)).toMatchObject({ ok: false, error: 'checksum', groups: [2] });
    expect(readTogetherFragment(`#c=${typo}`)).toMatchObject({ ok: false, error: 'checksum', groups: [2] });
    expect(readCode('c'.repeat(5000))).toEqual({ ok: false, error: 'not-a-code' });
  });

  it(`never throws on random fragments and pasted text, and any failure is a named error (${RUNS} runs each)`, () => {
    const alphabet = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_#=&% c');
    const inputs = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: alphabet, maxLength: 40 }).map((s) => `#c=${s}`),
      fc
        .nat({ max: code.length - 1 })
        .chain((at) =>
          fc
            .string({ unit: alphabet, minLength: 1, maxLength: 2 })
            .map((s) => `#c=${code.slice(0, at)}${s}${code.slice(at + 1)}`),
        ),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        for (const result of [readTogetherFragment(input), readCode(input)]) {
          if (result === undefined || result.ok) continue;
          expect(ERRORS).toContain(result.error);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`a code read back is always spelled as the bare code, so storing it stores no link text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (before, after) => {
        const result = readCode(`${before.replace(/#/g, '')}#c=${code}${after.startsWith('&') ? after : ''}`);
        if (result.ok) expect(result.code).toBe(code);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('facts side by side', () => {
  it('compares the facts a code carries, never the safety answer, and calls numbers one step apart close', () => {
    expect(FACT_FACTORS).not.toContain('ctx.safety-risk');
    expect(FACT_FACTORS.some((id) => id.startsWith('goal.') || id.startsWith('imp.'))).toBe(false);
    const rows = compareFacts(
      { 'ctx.escalation': 4, 'ctx.cross-border': true, 'ctx.amount': 'large' },
      { 'ctx.escalation': 5, 'ctx.cross-border': false },
    );
    const of = (id: string) => rows.find((r) => r.factor === id)!.agreement;
    expect([of('ctx.escalation'), of('ctx.cross-border'), of('ctx.amount')]).toEqual(['close', 'differ', 'unknown']);
    expect(
      compareFacts({ 'ctx.escalation': 2 }, { 'ctx.escalation': 7 }).find((r) => r.factor === 'ctx.escalation')!
        .agreement,
    ).toBe('differ');
  });
});
