// Says loudly at build time that the app would trust the public demo key, unless the demo was asked for (--mode demo).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { jwkThumbprint, publicJwkOf, type Jwk } from '../../feed/crypto.ts';
import { parseTrustedKeys } from '../../feed/trusted-keys-parse.ts';
import { DEMO_KEY_PATH } from '../feed-key.ts';

export const DEFAULT_TRUSTED_KEYS = resolve(import.meta.dirname, '../../../data/feed-keys/trusted.json');

/** The warning for a build trusting `trustedKeysFile`, or undefined when the demo key is not among its keys. */
export async function demoKeyWarning(trustedKeysFile: string): Promise<string | undefined> {
  const parsed = parseTrustedKeys(JSON.parse(readFileSync(trustedKeysFile, 'utf8')) as unknown, trustedKeysFile);
  if (!parsed.ok) return undefined; // src/feed/trusted-keys.ts fails the build with the problems
  const demoKeyId = await jwkThumbprint(publicJwkOf(JSON.parse(readFileSync(DEMO_KEY_PATH, 'utf8')) as Jwk));
  if (!parsed.keys.some((key) => key.keyId === demoKeyId)) return undefined;
  return [
    '',
    '*** DEMO KEY TRUSTED *** This build of Olé accepts feeds signed with the demo key,',
    `whose private half is public (${DEMO_KEY_PATH}): anyone can sign a directory it will show.`,
    'A real deployment lists its own keys:   OLE_TRUSTED_KEYS_FILE=keys/trusted.json npm run build',
    'The demo on purpose (silences this):    npm run build:demo   (vite build --mode demo)',
    '',
  ].join('\n');
}

export function demoKeyPlugin(trustedKeysFile = DEFAULT_TRUSTED_KEYS): Plugin {
  return {
    name: 'ole-demo-key',
    apply: 'build',
    async configResolved(config) {
      if (config.mode === 'demo') return;
      const warning = await demoKeyWarning(trustedKeysFile);
      if (warning) config.logger.warn(`\x1b[1;33m${warning}\x1b[0m`);
    },
  };
}
