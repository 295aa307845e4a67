// Run by `npm install` (prepare): points git at the project's hooks, so every clone checks before it commits.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('.git')) {
  try {
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'ignore' });
  } catch {
    // No git on this machine: nothing to hook into.
  }
}
