// A build that trusts the public demo key says so loudly, unless the demo was asked for (--mode demo).
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { DEFAULT_TRUSTED_KEYS, demoKeyPlugin, demoKeyWarning } from '../../src/cli/build/demo-key-plugin.ts';

const testKeys = resolve(import.meta.dirname, '../fixtures/feeds/test-keys/trusted.json');

async function warningsOf(mode: string, trusted?: string): Promise<string[]> {
  const warn = vi.fn<(message: string) => void>();
  const plugin = demoKeyPlugin(trusted);
  const hook = plugin.configResolved as (config: ResolvedConfig) => Promise<void>;
  await hook({ mode, logger: { warn } } as unknown as ResolvedConfig);
  return warn.mock.calls.map(([message]) => message);
}

describe('the demo-key warning', () => {
  it('names the demo key and the two ways out when the default list is built', async () => {
    expect(await demoKeyWarning(DEFAULT_TRUSTED_KEYS)).toMatch(
      /DEMO KEY TRUSTED[\s\S]*OLE_TRUSTED_KEYS_FILE[\s\S]*build:demo/,
    );
    expect(await warningsOf('production')).toHaveLength(1);
  });

  it('stays silent for the demo on purpose, and for a build with its own keys', async () => {
    expect(await warningsOf('demo')).toEqual([]);
    expect(await demoKeyWarning(testKeys)).toBeUndefined();
    expect(await warningsOf('production', testKeys)).toEqual([]);
  });
});
