// The public keys this build of the app trusts to sign the feed (data/feed-keys/trusted.json; several for rotation).
import trusted from '../../data/feed-keys/trusted.json' with { type: 'json' };
import type { TrustedKey } from './crypto.ts';
import { parseTrustedKeys } from './trusted-keys-parse.ts';

function load(): readonly TrustedKey[] {
  const result = parseTrustedKeys(trusted, 'data/feed-keys/trusted.json');
  if (!result.ok) throw new Error(`data/feed-keys/trusted.json is invalid:\n${result.problems.join('\n')}`);
  return result.keys;
}

export const trustedKeys: readonly TrustedKey[] = load();
