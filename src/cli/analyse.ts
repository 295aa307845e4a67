// `npm run analyse -- <case.json> [--table]`: analyse a case file and print the result (JSON, or a table).
import { readFileSync } from 'node:fs';
import { defaultCosts } from '../domain/costs/default-costs.ts';
import { costCase, estimateCosts } from '../domain/costs/estimate.ts';
import { defaultRules } from '../domain/default-rules.ts';
import { analyse } from '../domain/engine.ts';
import { parseFactorProfile } from '../domain/factors.ts';
import { placeNotes } from '../domain/place-notes.ts';
import { analysisTable } from './analysis-table.ts';
import { caseFactors } from './case-input.ts';

const USAGE = 'usage: npm run analyse -- <case.json> [--table]';

/** Bad input is the caller's to fix: say what is wrong and exit 2. */
function fail(message: string): never {
  process.stderr.write(`analyse: ${message}\n`);
  process.exit(2);
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${path}: malformed JSON (${(error as Error).message})`);
  }
}

function main(args: readonly string[]): void {
  const table = args.includes('--table');
  const unknownFlags = args.filter((a) => a.startsWith('-') && a !== '--table');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknownFlags.length) fail(`unknown option ${unknownFlags.join(', ')}\n${USAGE}`);
  if (files.length !== 1) fail(`expected one case file, got ${files.length}\n${USAGE}`);
  const path = files[0]!;
  const found = caseFactors(readJson(path));
  if (!found.ok) fail(`${path}: ${found.message}`);
  const parsed = parseFactorProfile(found.factors);
  if (!parsed.ok) fail(`${path}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  const analysis = analyse(parsed.profile, defaultRules);
  const place = placeNotes(defaultRules, parsed.profile);
  const c = costCase(parsed.profile);
  const costs = Object.fromEntries(analysis.options.map((o) => [o.id, estimateCosts(defaultCosts, o.id, c)]));
  // The JSON keeps every field of the analysis as before; what the place means and the cost estimates come beside it.
  process.stdout.write(
    table
      ? `${analysisTable(analysis, defaultRules, place, costs)}\n`
      : `${JSON.stringify({ ...analysis, place, costs }, null, 2)}\n`,
  );
}

main(process.argv.slice(2));
