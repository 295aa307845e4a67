// A CSV file as a table of named columns, with problems reported as "file: row N (line L), column C: what".
import { CsvError, parseCsv } from './csv.ts';

export type TableRow = { readonly row: number; readonly line: number; get(column: string): string | undefined };

export type Table = { readonly file: string; readonly rows: readonly TableRow[] };

/** Collects problems across files and rows; the build stops once they are all reported. */
export class Problems {
  readonly list: string[] = [];
  add(file: string, row: TableRow | undefined, column: string | undefined, message: string): void {
    const where = [row ? `row ${row.row} (line ${row.line})` : '', column ? `column ${column}` : '']
      .filter(Boolean)
      .join(', ');
    this.list.push(`${file}: ${where ? `${where}: ` : ''}${message}`);
  }
}

/** Header names are matched exactly; unknown or missing required columns are problems, cells are trimmed. */
export function readTable(
  file: string,
  text: string,
  required: readonly string[],
  optional: readonly string[],
  problems: Problems,
): Table {
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) problems.list.push(`${file}: ${error.message}`);
    else throw error;
    return { file, rows: [] };
  }
  const [header, ...body] = parsed;
  if (!header) {
    problems.add(file, undefined, undefined, 'empty file: expected a header row');
    return { file, rows: [] };
  }
  const names = header.cells.map((c) => c.trim());
  for (const name of names) {
    if (![...required, ...optional].includes(name))
      problems.add(file, undefined, name, `unknown column (expected: ${[...required, ...optional].join(', ')})`);
  }
  for (const name of required) if (!names.includes(name)) problems.add(file, undefined, name, 'missing column');
  const rows: TableRow[] = [];
  body.forEach((record, i) => {
    const row: TableRow = {
      row: i + 1,
      line: record.line,
      get(column) {
        const at = names.indexOf(column);
        const value = at < 0 ? undefined : record.cells[at]?.trim();
        return value === '' ? undefined : value;
      },
    };
    if (record.cells.length !== names.length) {
      problems.add(file, row, undefined, `${record.cells.length} cells, the header has ${names.length}`);
      return;
    }
    rows.push(row);
  });
  return { file, rows };
}

/** "a; b;c" → ["a", "b", "c"] (multi-valued cells are separated by ";"). */
export function splitList(cell: string | undefined): string[] {
  return cell === undefined
    ? []
    : cell
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
}
