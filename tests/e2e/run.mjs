// Runs the end-to-end tests: finds Debian's Chromium (installs it when run as root), builds the app, runs Playwright.
import { execFileSync, spawnSync } from 'node:child_process';

function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return '';
}

let chromium = findChromium();
if (!chromium && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
  console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
  execFileSync('sh', ['-c', 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium'], {
    stdio: 'inherit',
  });
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    'The end-to-end tests need Chromium. Install it with `sudo apt-get install chromium` (Debian/Ubuntu),\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}

const run = (args) => {
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['node_modules/tsx/dist/cli.mjs', 'src/cli/feed-build.ts']);
run(['node_modules/vite/bin/vite.js', 'build', '--mode', 'demo', '--logLevel', 'warn']); // the demo feed on purpose
run(['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)]);
