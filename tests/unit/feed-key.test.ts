// Which key the publisher signs with: --key, else OLE_FEED_PRIVATE_KEY, else the demo key (flagged as demo).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSigningKey } from '../../src/cli/feed-key.ts';

const testKeyFile = resolve(import.meta.dirname, '../fixtures/feeds/test-keys/test-private.jwk.json');
const testKeyId = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/feeds/test-keys/trusted.json'), 'utf8')) as {
    keyId: string;
  }[]
)[0]!.keyId;

describe('loadSigningKey', () => {
  it('prefers --key, then the environment, then the demo key', async () => {
    const env = { OLE_FEED_PRIVATE_KEY: readFileSync(testKeyFile, 'utf8') };
    expect(await loadSigningKey(testKeyFile, {})).toMatchObject({ keyId: testKeyId, demo: false, source: testKeyFile });
    expect(await loadSigningKey(undefined, env)).toMatchObject({
      keyId: testKeyId,
      demo: false,
      source: 'OLE_FEED_PRIVATE_KEY',
    });
    expect(await loadSigningKey(undefined, {})).toMatchObject({
      keyId: 'ZLP1jXabHp_kG5js1nZV2rqMMLFa_RtzrdWBNO1dpWQ',
      demo: true,
    });
  });

  it('refuses what is not a private P-256 JWK', async () => {
    await expect(loadSigningKey(undefined, { OLE_FEED_PRIVATE_KEY: '{"kty":"EC","crv":"P-256"}' })).rejects.toThrow(
      /expected a private EC P-256 JWK/,
    );
    await expect(loadSigningKey(undefined, { OLE_FEED_PRIVATE_KEY: 'not json' })).rejects.toThrow(
      /OLE_FEED_PRIVATE_KEY: not JSON/,
    );
    await expect(loadSigningKey('/nonexistent/key.json', {})).rejects.toThrow(/cannot read the key \(ENOENT\)/);
  });
});
