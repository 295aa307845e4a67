// Reads a registry export as CSV (mediators, digests, optional revocations and QAPs) into a feed source, or fails.
import { readFileSync } from 'node:fs';
import type { Qap } from '../domain/registry/standards.ts';
import type { FeedbackDigest, MediatorProfile, Revocation } from '../domain/registry/types.ts';
import { checkFeedbackDigest, checkMediatorProfile, checkRevocation } from '../domain/registry/validate-records.ts';
import { parseQapsStandard } from '../domain/registry/validate-standards.ts';
import { Problems, readTable, type Table, type TableRow } from './csv-table.ts';
import { DEMO_QAPS } from './demo/qaps.ts';
import type { FeedSource } from './feed-files.ts';
import {
  digestFromRow,
  MEDIATOR_COLUMNS,
  profileFromRow,
  QAP_COLUMNS,
  qapFromRow,
  REVOCATION_COLUMNS,
  DIGEST_COLUMNS,
} from './registry-csv-rows.ts';

export type CsvPaths = {
  readonly mediators: string;
  readonly digests: string;
  readonly revocations?: string;
  readonly qaps?: string;
};

/** Where a validation path points in the CSV: its column, and the item of a ";" list. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  'ymi.acceptsMentees': 'ymiAcceptsMentees',
  'ymi.roles': 'ymiRoles',
  'contact.email': 'email',
  'contact.website': 'website',
  contact: 'email/website',
  'availability.takingNewCases': 'takingNewCases',
  'availability.from': 'availableFrom',
  availability: 'takingNewCases/availableFrom',
  'fees.basis': 'feeBasis',
  'fees.band': 'feeBand',
  fees: 'feeBasis/feeBand',
  'reviewer.name': 'reviewerName',
  'reviewer.role': 'reviewerRole',
};

function located(problem: string): { column: string; message: string } {
  const split = problem.indexOf(': ');
  const path = problem.slice(0, split);
  const message = problem.slice(split + 2);
  const match = /^([A-Za-z]+(?:\.[A-Za-z]+)?)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!match) return { column: path, message };
  const [, head, index, field] = match;
  const column = COLUMN_OF[head!] ?? COLUMN_OF[head!.split('.')[0]!] ?? head!.split('.')[0]!;
  const item = index === undefined ? '' : `, item ${Number(index) + 1}${field ? ` (${field})` : ''}`;
  return { column: `${column}${item}`, message };
}

function validate<T>(
  table: Table,
  row: TableRow,
  value: unknown,
  check: (v: unknown, p: string, problems: string[]) => boolean,
  problems: Problems,
): value is T {
  const found: string[] = [];
  if (check(value, '', found)) return true;
  for (const problem of found) {
    const { column, message } = located(problem);
    problems.add(table.file, row, column, message);
  }
  return false;
}

function read(
  file: string,
  columns: { required: readonly string[]; optional: readonly string[] },
  problems: Problems,
): Table {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    problems.add(file, undefined, undefined, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return { file, rows: [] };
  }
  return readTable(file, text, columns.required, columns.optional, problems);
}

/** Each row's key must be unique: a second row with the same id is named with the first one's row. */
function unique(
  table: Table,
  row: TableRow,
  column: string,
  key: string,
  seen: Map<string, TableRow>,
  problems: Problems,
): boolean {
  const first = seen.get(key);
  if (first) problems.add(table.file, row, column, `duplicate "${key}" (first on row ${first.row})`);
  else seen.set(key, row);
  return !first;
}

function readQaps(file: string | undefined, problems: Problems): Qap[] {
  if (!file) return [...DEMO_QAPS];
  const table = read(file, QAP_COLUMNS, problems);
  const seen = new Map<string, TableRow>();
  const check = (value: unknown, _: string, found: string[]) => {
    const result = parseQapsStandard({ qaps: [value] }, '');
    if (!result.ok) found.push(...result.problems.map((p) => p.replace(/^qaps\[0\]\.?/, '')));
    return result.ok;
  };
  return table.rows.flatMap((row) => {
    const qap = qapFromRow(row);
    return validate<Qap>(table, row, qap, check, problems) && unique(table, row, 'id', qap.id, seen, problems)
      ? [qap]
      : [];
  });
}

export function readCsvRegistry(paths: CsvPaths): FeedSource {
  const problems = new Problems();
  const qaps = readQaps(paths.qaps, problems);
  const qapById = new Map(qaps.map((q) => [q.id, q]));
  const mediators = read(paths.mediators, MEDIATOR_COLUMNS, problems);
  const ids = new Map<string, TableRow>();
  const profiles: MediatorProfile[] = [];
  for (const row of mediators.rows) {
    // Every check runs on every row, so one pass of the build names all of a file's problems.
    const { value, cellsOk } = profileFromRow(mediators.file, row, problems);
    const fresh = unique(mediators, row, 'id', String(row.get('id')), ids, problems);
    const valid = validate<MediatorProfile>(mediators, row, value, checkMediatorProfile, problems);
    let qapsOk = true;
    value.certifications.forEach((c, i) => {
      if (typeof c.qapId !== 'string') {
        qapsOk = false; // already reported as a malformed cell
        return;
      }
      const qap = qapById.get(c.qapId);
      const column = `certifications, item ${i + 1}`;
      if (!qap)
        problems.add(
          mediators.file,
          row,
          column,
          `QAP "${c.qapId}" is not in the QAP list${paths.qaps ? '' : ' (give one with --qaps)'}`,
        );
      else if (!qap.kinds.includes(c.kind))
        problems.add(mediators.file, row, column, `QAP "${c.qapId}" does not assess ${c.kind}`);
      qapsOk &&= qap?.kinds.includes(c.kind) === true;
    });
    if (cellsOk && fresh && valid && qapsOk) profiles.push(value);
  }
  const digestTable = read(paths.digests, DIGEST_COLUMNS, problems);
  const digestSeen = new Map<string, TableRow>();
  const digests = digestTable.rows.flatMap((row) => {
    const value = digestFromRow(row);
    if (!validate<FeedbackDigest>(digestTable, row, value, checkFeedbackDigest, problems)) return [];
    if (!unique(digestTable, row, 'mediatorId', value.mediatorId, digestSeen, problems)) return [];
    if (!ids.has(value.mediatorId))
      problems.add(digestTable.file, row, 'mediatorId', `no mediator "${value.mediatorId}" in ${paths.mediators}`);
    return [value];
  });
  const revocationTable = paths.revocations ? read(paths.revocations, REVOCATION_COLUMNS, problems) : undefined;
  const revokedSeen = new Map<string, TableRow>();
  const revocations = (revocationTable?.rows ?? []).flatMap((row) => {
    const value = { mediatorId: row.get('mediatorId'), date: row.get('date'), reasonCode: row.get('reasonCode') };
    if (!validate<Revocation>(revocationTable!, row, value, checkRevocation, problems)) return [];
    return unique(revocationTable!, row, 'mediatorId', value.mediatorId, revokedSeen, problems) ? [value] : [];
  });
  if (problems.list.length) {
    const shown = problems.list.slice(0, 50).join('\n');
    throw new Error(
      `the CSV export has ${problems.list.length} problem(s); nothing was published:\n${shown}${problems.list.length > 50 ? '\n...' : ''}`,
    );
  }
  return { profiles, digests, revocations, qaps, demo: false };
}
