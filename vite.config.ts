import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { serviceWorkerPlugin } from './src/cli/build/sw-plugin.ts';

export default defineConfig({
  plugins: [solid(), serviceWorkerPlugin()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    server: { deps: { inline: [/@solidjs\/testing-library/] } },
  },
});
