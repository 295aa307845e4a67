// A strict RFC 4180 CSV reader: quoted fields may hold commas, quotes ("") and line breaks; a BOM is skipped.

export type CsvRow = { readonly line: number; readonly cells: readonly string[] };

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/** Rows with the line each starts on; a blank line (no cells at all) is skipped. Malformed quoting throws CsvError. */
export function parseCsv(text: string): CsvRow[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted and has closed: only a separator may follow
  let quoteLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        wasQuoted = true;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === ',') endCell();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (wasQuoted)
      throw new CsvError(
        line,
        `unexpected ${JSON.stringify(c)} after a closing quote (a field is either all quoted or not at all)`,
      );
    else if (c === '"') {
      if (cell !== '')
        throw new CsvError(line, 'a quote inside an unquoted field: quote the whole field and double the quote ("")');
      quoted = true;
      quoteLine = line;
    } else cell += c;
  }
  if (quoted) throw new CsvError(quoteLine, 'a quoted field is never closed');
  if (cell !== '' || cells.length || wasQuoted) endRow();
  return rows;
}
