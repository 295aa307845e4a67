// CSV rows to registry records: the documented columns, ";" lists, "kind:qapId:date" certifications, yes/no cells.
import type { Qap } from '../domain/registry/standards.ts';
import type { FeedbackDigest, MediatorProfile } from '../domain/registry/types.ts';
import { splitList, type Problems, type TableRow } from './csv-table.ts';

export const MEDIATOR_COLUMNS = {
  required: [
    'id',
    'name',
    'locations',
    'languages',
    'practiceAreas',
    'styles',
    'formats',
    'givesEvaluations',
    'certifications',
    'codeOfConduct',
    'complaintsRoute',
    'bio',
  ],
  optional: [
    'nationality',
    'ymiAcceptsMentees',
    'ymiRoles',
    'email',
    'website',
    'yearsPractising',
    'mediationsCount',
    'multiParty',
    'coMediation',
    'bioLanguage',
    'takingNewCases',
    'availableFrom',
    'feeBasis',
    'feeBand',
    'backgrounds',
    'safeguardingTrained',
    'shuttle',
    'demo',
  ],
} as const;
export const DIGEST_COLUMNS = {
  required: ['mediatorId', 'date', 'reviewerName', 'reviewerRole', 'text'],
  optional: ['language'],
} as const;
export const REVOCATION_COLUMNS = { required: ['mediatorId', 'date', 'reasonCode'], optional: [] } as const;
export const QAP_COLUMNS = { required: ['id', 'name', 'region', 'kinds'], optional: [] } as const;

const TRUE = ['yes', 'true', 'y', '1'];
const FALSE = ['no', 'false', 'n', '0'];

/** Cells in the shapes the record types want; a cell that cannot be read is a problem, and the row is dropped. */
class RowReader {
  ok = true;
  constructor(
    private readonly file: string,
    private readonly row: TableRow,
    private readonly problems: Problems,
  ) {}

  fail(column: string, message: string): undefined {
    this.ok = false;
    this.problems.add(this.file, this.row, column, message);
    return undefined;
  }

  bool(column: string): boolean | undefined {
    const cell = this.row.get(column)?.toLowerCase();
    if (cell === undefined) return undefined;
    if (TRUE.includes(cell)) return true;
    if (FALSE.includes(cell)) return false;
    return this.fail(column, `expected yes or no, got "${cell}"`);
  }

  int(column: string): number | undefined {
    const cell = this.row.get(column);
    if (cell === undefined) return undefined;
    return /^\d+$/.test(cell) ? Number(cell) : this.fail(column, `expected a whole number, got "${cell}"`);
  }
}

/** Builds the object checkMediatorProfile validates; absent optional cells (and unreadable ones, reported) are left out. */
export function profileFromRow(
  file: string,
  row: TableRow,
  problems: Problems,
): { value: MediatorProfile; cellsOk: boolean } {
  const cells = new RowReader(file, row, problems);
  const certifications = splitList(row.get('certifications')).map((entry, i) => {
    const [kind, qapId, certifiedOn, ...rest] = entry.split(':').map((s) => s.trim());
    if (!certifiedOn || rest.length)
      cells.fail(`certifications, item ${i + 1}`, `expected kind:qapId:YYYY-MM-DD, got "${entry}"`);
    return { kind, qapId, certifiedOn };
  });
  const locations = splitList(row.get('locations')).map((entry) => {
    const at = entry.indexOf(':');
    return at < 0 ? { country: entry } : { country: entry.slice(0, at).trim(), city: entry.slice(at + 1).trim() };
  });
  const accepts = cells.bool('ymiAcceptsMentees') ?? false;
  const from = row.get('availableFrom');
  const taking = cells.bool('takingNewCases') ?? (from === undefined ? undefined : false);
  const feeBasis = row.get('feeBasis');
  const feeBand = row.get('feeBand');
  const backgrounds = row.get('backgrounds');
  const optional = {
    yearsPractising: cells.int('yearsPractising'),
    mediationsCount: cells.int('mediationsCount'),
    multiParty: cells.bool('multiParty'),
    coMediation: cells.bool('coMediation'),
    availability: taking === undefined ? undefined : { takingNewCases: taking, from },
    fees: feeBasis === undefined && feeBand === undefined ? undefined : { basis: feeBasis, band: feeBand },
    backgrounds: backgrounds === undefined ? undefined : splitList(backgrounds),
    safeguardingTrained: cells.bool('safeguardingTrained'),
    shuttle: cells.bool('shuttle'),
  };
  const demo = cells.bool('demo') ?? false;
  const value = {
    id: row.get('id'),
    name: row.get('name'),
    locations,
    nationality: row.get('nationality'),
    languages: splitList(row.get('languages')),
    practiceAreas: splitList(row.get('practiceAreas')),
    styles: splitList(row.get('styles')),
    formats: splitList(row.get('formats')),
    givesEvaluations: row.get('givesEvaluations'),
    certifications,
    ymi: { acceptsMentees: accepts, roles: splitList(row.get('ymiRoles')) },
    codeOfConduct: row.get('codeOfConduct'),
    complaintsRoute: row.get('complaintsRoute'),
    contact: { email: row.get('email'), website: row.get('website') },
    bio: row.get('bio'),
    bioLanguage: row.get('bioLanguage'),
    ...optional,
    demo,
  };
  // JSON round trip drops the undefined fields, so an empty optional cell is an absent field, not a bad one.
  return { value: JSON.parse(JSON.stringify(value)) as MediatorProfile, cellsOk: cells.ok };
}

export function digestFromRow(row: TableRow): FeedbackDigest {
  const value = {
    mediatorId: row.get('mediatorId'),
    text: row.get('text'),
    language: row.get('language'),
    reviewer: { name: row.get('reviewerName'), role: row.get('reviewerRole') },
    date: row.get('date'),
  };
  return JSON.parse(JSON.stringify(value)) as FeedbackDigest;
}

export function qapFromRow(row: TableRow): Qap {
  return {
    id: row.get('id'),
    name: row.get('name'),
    region: row.get('region'),
    kinds: splitList(row.get('kinds')),
  } as Qap;
}
