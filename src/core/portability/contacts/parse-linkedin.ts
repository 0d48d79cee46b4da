import { AppError } from '../../errors.js';
import { type ContactRow, cell, type ParsedContacts } from './contact-row.js';
import { normaliseLines, readCsvRows, refuseLineBreaks } from './read-csv-rows.js';

/** The real header of a LinkedIn `Connections.csv`; LinkedIn writes a few "Notes:" lines above it. */
const HEADER = /^\s*"?first name"?\s*,\s*"?last name"?\s*,/i;

/** How far down the header may be. */
const HEADER_SEARCH_LINES = 50;

/** The line (1-based) of the LinkedIn header in `text`, or null when the text is no LinkedIn export. */
export function findLinkedinHeader(text: string): number | null {
  const lines = normaliseLines(text.slice(0, 64 * 1024)).split('\n', HEADER_SEARCH_LINES);
  const index = lines.findIndex((line) => HEADER.test(line));
  return index === -1 ? null : index + 1;
}

/**
 * Reads a LinkedIn `Connections.csv` export (First Name, Last Name, URL, Email Address, Company,
 * Position, Connected On). The notes above the header are skipped; columns are found by name,
 * so older exports without Email Address read the same.
 */
export function parseLinkedin(text: string): ParsedContacts {
  const headerLine = findLinkedinHeader(text);
  if (headerLine === null) {
    throw new AppError('invalid_input', `no LinkedIn header (First Name,Last Name,…) in the first ${HEADER_SEARCH_LINES} lines`);
  }
  const csv = readCsvRows(text, { headerLine });
  if (csv.header.length === 0) return { contacts: [], problems: csv.problems, blank: 0 };
  const column = (name: string) => csv.header.findIndex((h) => h.toLowerCase() === name);
  const at = (cells: string[], index: number) => (index === -1 ? null : cell(cells[index]));
  const first = column('first name');
  const last = column('last name');
  const url = column('url');
  const email = column('email address');
  const company = column('company');
  const position = column('position');
  // Every field LinkedIn exports is one line: a line break in one is a quote left open.
  const { rows, problems } = refuseLineBreaks(csv, new Set([first, last, url, email, company, position].filter((i) => i !== -1)));
  const contacts = rows.map(
    ({ line, cells }): ContactRow => ({
      line,
      name: [at(cells, first), at(cells, last)].filter(Boolean).join(' '),
      email: at(cells, email),
      profileUrl: at(cells, url),
      company: at(cells, company),
      title: at(cells, position),
      notes: null,
    }),
  );
  return { contacts, problems: [...csv.problems, ...problems].sort((a, b) => a.line - b.line), blank: csv.blank };
}
