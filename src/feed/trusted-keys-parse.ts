// Reads a trusted-keys list ([{keyId, jwk, label}]) from untrusted JSON, e.g. data/feed-keys/trusted.json.
import type { TrustedKey } from './crypto.ts';
import { checkKeys, describe, isRecord, readRecord, readText, type Problems } from '../domain/validate.ts';

export function parseTrustedKeys(
  input: unknown,
  label = 'trusted keys',
): { ok: true; keys: TrustedKey[] } | { ok: false; problems: string[] } {
  if (!Array.isArray(input) || input.length === 0)
    return { ok: false, problems: [`${label}: expected a non-empty list, got ${describe(input)}`] };
  const problems: Problems = [];
  input.forEach((item, i) => {
    const path = `${label}[${i}]`;
    if (!isRecord(item)) return void problems.push(`${path}: expected an object, got ${describe(item)}`);
    checkKeys(item, ['keyId', 'jwk', 'label'], path, problems);
    readText(item, 'keyId', path, problems);
    readText(item, 'label', path, problems);
    const jwk = readRecord(item, 'jwk', path, problems);
    if (!jwk) return;
    if (jwk['kty'] !== 'EC' || jwk['crv'] !== 'P-256' || typeof jwk['x'] !== 'string' || typeof jwk['y'] !== 'string') {
      problems.push(`${path}.jwk: expected a public EC P-256 JWK (kty "EC", crv "P-256", x, y)`);
    }
    if ('d' in jwk) problems.push(`${path}.jwk: holds a private key ("d"); list only public keys`);
    if (input.findIndex((k) => isRecord(k) && k['keyId'] === item['keyId']) !== i)
      problems.push(`${path}.keyId: duplicate`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, keys: input as TrustedKey[] };
}
