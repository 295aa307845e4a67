import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4179);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'phone',
      testIgnore: /projector\.spec\.ts/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
    },
    { name: 'desktop', testIgnore: /projector\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    // A trainer's projector: the presenter is judged at the screen size it is shown on.
    { name: 'projector', testMatch: /projector\.spec\.ts/, use: { viewport: { width: 1920, height: 1080 } } },
  ],
  webServer: {
    // The preview server itself (not an npm wrapper), so stopping it stops the server.
    command: `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
