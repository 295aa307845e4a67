import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import solid from 'vite-plugin-solid';
import { demoKeyPlugin } from './src/cli/build/demo-key-plugin.ts';
import { serviceWorkerPlugin } from './src/cli/build/sw-plugin.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The same policy as a <meta>, for a host that drops the header; frame-ancestors works only as a header. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

// Built pages only: the dev server injects <style> for hot reload, which the policy forbids.
const cspMeta: Plugin = {
  name: 'ole-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

// A production build names the keys it trusts: OLE_TRUSTED_KEYS_FILE replaces the demo list (data/feed-keys/trusted.json).
const trustedKeysFile = process.env['OLE_TRUSTED_KEYS_FILE'];

export default defineConfig({
  plugins: [solid(), cspMeta, serviceWorkerPlugin(), demoKeyPlugin(trustedKeysFile && resolve(trustedKeysFile))],
  resolve: {
    alias: trustedKeysFile
      ? [{ find: /^.*\/data\/feed-keys\/trusted\.json$/, replacement: resolve(trustedKeysFile) }]
      : [],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // No <link rel=modulepreload> injection per lazy route: measured as the longest task when a page opens, and every
    // chunk is precached by the service worker, so the one-level waterfall it saves costs nothing offline.
    modulePreload: false,
  },
  // The same policy belongs on any production host (see README): only the app's own origin, no inline script.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    server: { deps: { inline: [/@solidjs\/testing-library/] } },
  },
});
