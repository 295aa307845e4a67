// Builds src/sw/sw.ts after the app and injects the precache list: a small plugin instead of vite-plugin-pwa's ~280 packages.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/** Files the shell needs offline; the feed is synced into IndexedDB instead, and source maps are for developers. */
export function isPrecached(path: string): boolean {
  return !path.startsWith('feed/') && !path.endsWith('.map') && path !== 'sw.js';
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

export function serviceWorkerPlugin(entry = 'src/sw/sw.ts'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ole-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = config.build.outDir;
      const files = (await listFiles(outDir)).filter(isPrecached).sort();
      const manifest = await Promise.all(
        files.map(async (path) => ({
          url: `/${path}`,
          revision: createHash('sha256')
            .update(await readFile(join(outDir, path)))
            .digest('hex')
            .slice(0, 16),
        })),
      );
      await build({
        configFile: false,
        logLevel: 'warn',
        // The worker must trust the same feed keys as the page (OLE_TRUSTED_KEYS_FILE is an alias in vite.config.ts).
        resolve: { alias: config.resolve.alias },
        define: {
          __PRECACHE_MANIFEST__: JSON.stringify(manifest),
          'process.env.NODE_ENV': JSON.stringify('production'),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          sourcemap: false,
          lib: { entry, formats: ['iife'], name: 'oleServiceWorker', fileName: () => 'sw.js' },
        },
      });
    },
  };
}
