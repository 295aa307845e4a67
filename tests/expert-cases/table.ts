// `npm run cases`: the expert case library as a table: every check, what the engine said, and the source.
import { describeCheck, EXPERT_CASES, runCase } from './check.ts';

let passed = 0;
let failed = 0;
const rows: string[] = ['| case | check | engine | ok | source |', '|---|---|---|---|---|'];
for (const c of EXPERT_CASES) {
  for (const v of runCase(c).verdicts) {
    v.ok ? passed++ : failed++;
    rows.push(`| ${c.id} | ${describeCheck(v.check)} | ${v.said} | ${v.ok ? 'yes' : '**no**'} | ${v.check.source} |`);
  }
}
process.stdout.write(
  `${rows.join('\n')}\n\n${EXPERT_CASES.length} cases, ${passed + failed} checks: ${passed} passed, ${failed} failed\n`,
);
process.exitCode = failed ? 1 : 0;
