import { CsvError, parse } from 'csv-parse/sync';
import type { ContactProblem } from './contact-row.js';

/** One data row of a CSV file with the line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV file read row by row: its header, its data rows, the malformed rows and the blank ones. */
export interface CsvRows {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  problems: ContactProblem[];
  blank: number;
}

/** After this many broken quotes the rest of a file is not checked (each one costs a re-read). */
const MAX_RESTARTS = 200;

const quoteReasons: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quote',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected character after a closing quote',
  CSV_INVALID_OPENING_QUOTE: 'unexpected quote',
};

/**
 * Reads CSV text with csv-parse, numbering rows by the line of the file they start on (a BOM,
 * CRLF or CR line ends and quoted line breaks all count as a user's editor counts them).
 * Rows whose column count differs from the header's are reported, not dropped silently; a
 * broken quote is reported at the row it opens on and reading resumes on the next line, so
 * one pass reports every malformed row. A quote never properly closed that runs on over lines
 * is reported too, though csv-parse, relaxed about quotes, would keep it as text. `headerLine`
 * skips lines above the header (the notes of a LinkedIn export).
 */
export function readCsvRows(text: string, options: { headerLine?: number } = {}): CsvRows {
  const body = normaliseLines(text);
  const starts = lineStarts(body);
  const firstLine = options.headerLine ?? firstNonEmptyLine(body, starts, 1);
  const result: CsvRows = { header: [], headerLine: firstLine, rows: [], problems: [], blank: 0 };
  let from = firstLine;
  let restarts = 0;
  let headerRead = false;
  let headerBroken = false;
  while (from <= starts.length) {
    let lastEnd = from - 1;
    const base = from - 1;
    const onRecord = (cells: string[], context: { lines: number }): null => {
      const end = base + context.lines;
      // Line ends are LF by now, so the breaks inside quoted cells are the lines the row spans.
      const line = end - countBreaks(cells);
      lastEnd = end;
      if (headerBroken) return null;
      // A row of the wrong width is reported as such (its message says where a quote runs on to).
      const widthKnown = !headerRead || cells.length === result.header.length;
      const raw = () => body.slice(starts[line - 1], starts[end] ?? body.length);
      const unclosed = end > line && widthKnown ? unclosedQuote({ line, cells }, raw()) : null;
      if (unclosed) {
        result.problems.push(unclosed);
        // A header that cannot be read leaves nothing to read the rows by, as a broken quote does below.
        headerBroken = !headerRead;
      } else if (!headerRead) {
        headerRead = true;
        result.header = cells.map((h) => h.trim());
        result.headerLine = line;
      } else {
        addRow(result, { line, cells }, end);
      }
      return null;
    };
    try {
      parse(body.slice(starts[from - 1]), {
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        record_delimiter: '\n',
        on_record: onRecord,
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = firstNonEmptyLine(body, starts, lastEnd + 1);
      result.problems.push({ line, reason: quoteReasons[error.code] ?? `malformed CSV (${error.code})` });
      if (!headerRead) break;
      restarts += 1;
      if (restarts >= MAX_RESTARTS) {
        result.problems.push({ line, reason: `more than ${MAX_RESTARTS} broken quotes; the rest of the file was not checked` });
        break;
      }
      from = line + 1;
    }
  }
  return result;
}

/**
 * A cell that runs over lines though its quote was never properly closed: with `relax_quotes`,
 * csv-parse keeps such a cell — the opening quote, the lines after it, a stray quote further on
 * — as text rather than failing. A properly quoted cell appears in the record's `raw` text (its
 * lines of the file) as itself between quotes, inner quotes doubled; this one does not.
 */
function unclosedQuote(row: CsvRow, raw: string): ContactProblem | null {
  let line = row.line;
  for (const cell of row.cells) {
    const breaks = countBreaks([cell]);
    if (breaks > 0 && !raw.includes(`"${cell.replaceAll('"', '""')}"`)) {
      return { line, reason: `a quote opened on this line is never closed (the cell runs on to line ${line + breaks})` };
    }
    line += breaks;
  }
  return null;
}

/**
 * Refuses the rows with a line break in a column read into a one-line field (a name, an email,
 * a title…): there it can only be a quote left open on its line, which swallowed the lines
 * after it up to the next quote. A closed quoted cell may still span lines in other columns
 * (notes, addresses), as CSV allows. Each refusal names the line the quote opens on and the
 * column; the other rows are returned as they were.
 */
export function refuseLineBreaks(csv: CsvRows, oneLine: ReadonlySet<number>): { rows: CsvRow[]; problems: ContactProblem[] } {
  const rows: CsvRow[] = [];
  const problems: ContactProblem[] = [];
  for (const row of csv.rows) {
    let line = row.line;
    let problem: ContactProblem | null = null;
    for (const [index, cell] of row.cells.entries()) {
      const breaks = countBreaks([cell]);
      if (breaks > 0 && oneLine.has(index)) {
        const column = csv.header[index] ?? `column ${index + 1}`;
        problem = {
          line,
          reason: `a quote opened on this line is not closed on it (the "${column}" cell runs on to line ${line + breaks})`,
        };
        break;
      }
      line += breaks;
    }
    if (problem) problems.push(problem);
    else rows.push(row);
  }
  return { rows, problems };
}

function addRow(result: CsvRows, row: CsvRow, end: number): void {
  if (row.cells.every((c) => c.trim() === '')) {
    result.blank += 1;
  } else if (row.cells.length !== result.header.length) {
    // A row that spans lines and has the wrong width is almost always a quote left open.
    const runsOn = end > row.line ? `; a quote opened here runs on to line ${end}` : '';
    result.problems.push({ line: row.line, reason: `expected ${result.header.length} columns, found ${row.cells.length}${runsOn}` });
  } else {
    result.rows.push(row);
  }
}

/** Drops a byte order mark and turns CRLF and CR line ends into LF. */
export function normaliseLines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, '\n');
}

/** Offsets where each line starts (index 0 is line 1). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The first line at or after `line` with something on it, or the line past the end. */
function firstNonEmptyLine(text: string, starts: number[], line: number): number {
  let n = line;
  while (n <= starts.length) {
    const start = starts[n - 1] ?? text.length;
    const end = starts[n] ?? text.length;
    if (text.slice(start, end).trim() !== '') return n;
    n += 1;
  }
  return n;
}

/** Line breaks inside the cells of one record. */
function countBreaks(cells: string[]): number {
  let count = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) count += 1;
  return count;
}
