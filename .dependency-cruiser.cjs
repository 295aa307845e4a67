// The layers of README.md's table, held by `npm run lint:layers` (dependency-cruiser) in .ci/run.
/** A folder may import only itself and the folders listed; anything else under src/ is an error. */
const layer = (name, folder, allowed, comment, also) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^src/${folder}/` },
  to: { path: `^src/(?!(?:${[folder, ...allowed].join('|')})/)`, ...(also ? { pathNot: also } : {}) },
});

module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycles',
      comment: 'a module cycle makes load order matter; type-only imports may loop, they vanish at build',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    layer('domain-is-pure', 'domain', ['i18n'], 'the engine, questions and registry rules: no storage, feed, sync or UI'),
    layer('i18n-stands-alone', 'i18n', [], 'locales and message catalogue types'),
    layer('feed-format', 'feed', ['domain'], 'the feed format: manifest, signatures, per-file and cross-file checks'),
    layer('storage-below-sync', 'storage', ['domain', 'feed'], 'IndexedDB; never the sync, search or UI'),
    layer('sync-below-ui', 'sync', ['domain', 'feed', 'storage'], 'pulling and applying the feed'),
    layer('search-worker', 'search', ['domain', 'storage'], 'the search index and its Web Worker'),
    layer('service-worker', 'sw', ['domain', 'feed', 'storage', 'sync'], 'the service worker: no page code'),
    layer('ui-not-node', 'ui', ['domain', 'feed', 'storage', 'sync', 'search', 'i18n'], 'the page: never Node commands or the worker'),
    // A catalogue is data (it imports only i18n): the vocabulary build reads the filter and background labels for search.
    layer(
      'cli-node-commands',
      'cli',
      ['domain', 'feed', 'i18n'],
      'Node commands and build plugins',
      '^src/ui/directory/(labels|weighed-labels)\\.messages\\.ts$',
    ),
    {
      name: 'domain-packages',
      comment: 'pure domain code uses no package but MiniSearch',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'core'], pathNot: 'node_modules/minisearch/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports cross layers too: `import type` from src/ui in the domain is still a layer break.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // TypeScript 7 offers no JavaScript API to parse with; dependency-cruiser then parses with @swc/core.
    exclude: { path: '\\.json$' },
  },
};
