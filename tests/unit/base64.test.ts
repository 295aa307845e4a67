// The one base64 module: both variants round-trip any bytes as Node spells them, and refuse every other spelling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, base64UrlDecode, base64UrlEncode } from '../../src/domain/base64.ts';
import { decodeSignature } from '../../src/feed/crypto.ts';

const RUNS = 2000;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Text close to base64: its letters, both variants' extra ones, padding and a few strangers. */
const nearBase64 = fc.string({
  unit: fc.constantFrom(...LETTERS, '+', '/', '-', '_', '=', ' ', '\n', '.', 'é'),
  maxLength: 24,
});

const variants = [
  { name: 'base64', encode: base64Encode, decode: base64Decode, node: 'base64' },
  { name: 'base64url', encode: base64UrlEncode, decode: base64UrlDecode, node: 'base64url' },
] as const;

describe.each(variants)('$name', ({ encode, decode, node }) => {
  it(`round-trips any bytes, spelled as Node spells them (${RUNS} arrays)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const text = encode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString(node));
        expect(decode(text)).toEqual(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it(`accepts only the one spelling of each byte string (${RUNS} strings)`, () => {
    fc.assert(
      fc.property(nearBase64, (text) => {
        const bytes = decode(text);
        if (bytes !== undefined) expect(encode(bytes)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a changed letter in the last group, and a cut', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.constantFrom(...LETTERS), (bytes, letter) => {
        const text = encode(bytes);
        const core = text.replace(/=+$/, '');
        const changed = core.slice(0, -1) + letter + text.slice(core.length);
        if (changed !== text) expect(decode(changed)).not.toEqual(bytes);
        expect(decode(text.slice(0, -1))).not.toEqual(bytes);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('strict decoding', () => {
  it('standard base64 needs its padding and its own alphabet', () => {
    expect(base64Decode('AA==')).toEqual(Uint8Array.from([0]));
    expect(base64Decode('')).toEqual(new Uint8Array(0));
    for (const bad of ['AA', 'AA=', 'AB==', 'A===', '====', 'AA==AA==', 'A A=', ' AA==', '-_8=', 'AA\n=='])
      expect(base64Decode(bad), bad).toBeUndefined();
  });
  it('base64url has no padding and no "+" or "/"', () => {
    expect(base64UrlDecode('AA')).toEqual(Uint8Array.from([0]));
    expect(base64UrlDecode('-_8')).toEqual(Uint8Array.from([0xfb, 0xff]));
    for (const bad of ['A', 'AB', 'AA==', '+/8', 'A A', 'Aé']) expect(base64UrlDecode(bad), bad).toBeUndefined();
  });
  it('manifest.sig: whitespace around is fine, any other spelling of the 64 bytes is refused', () => {
    const signature = Uint8Array.from({ length: 64 }, (_, i) => (i * 53 + 7) & 255);
    const text = base64Encode(signature);
    const sig = (t: string) => decodeSignature(new TextEncoder().encode(t));
    expect(sig(`\n ${text}\r\n`)).toEqual(signature);
    expect(sig(base64UrlEncode(signature))).toBeUndefined();
    expect(sig(text.replace(/=+$/, ''))).toBeUndefined();
    expect(sig(`${text.slice(0, 40)}\n${text.slice(40)}`)).toBeUndefined();
    expect(sig(base64Encode(signature.subarray(1)))).toBeUndefined();
  });
});
