import { AppError } from '../../errors.js';
import { type ContactRow, cell, type ParsedContacts } from './contact-row.js';
import { readCsvRows, refuseLineBreaks } from './read-csv-rows.js';

/** The fields a CSV column can fill. */
export type ContactField = 'name' | 'firstName' | 'lastName' | 'email' | 'profileUrl' | 'company' | 'title' | 'notes';

/** Which column (by its header text) fills which field. */
export type ColumnMap = Partial<Record<ContactField, string>>;

/** Header names recognised without a map, compared lower-case with everything but letters and digits removed. */
const knownHeaders: Record<ContactField, readonly string[]> = {
  name: ['name', 'fullname', 'displayname', 'contactname'],
  firstName: ['firstname', 'givenname', 'first'],
  lastName: ['lastname', 'familyname', 'surname', 'last'],
  email: ['email', 'emailaddress', 'mail', 'primaryemail', 'email1value', 'emailaddress1', 'workemail'],
  profileUrl: ['profileurl', 'url', 'profile', 'linkedin', 'linkedinurl', 'website', 'homepage', 'link', 'website1value'],
  company: ['company', 'companyname', 'organization', 'organisation', 'org', 'employer', 'organization1name'],
  title: ['title', 'jobtitle', 'position', 'role', 'organization1title'],
  notes: ['notes', 'note', 'comments', 'comment'],
};

const fieldNames = Object.keys(knownHeaders) as ContactField[];
const fieldAliases: Record<string, ContactField> = {
  ...Object.fromEntries(fieldNames.map((f) => [key(f), f])),
  url: 'profileUrl',
  profile: 'profileUrl',
  first: 'firstName',
  last: 'lastName',
  position: 'title',
  organization: 'company',
  note: 'notes',
};

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Reads `--map name=Full Name,email=E-mail,…` into a column map. Field names are forgiving about
 * case and punctuation (`first_name`, `profile-url`); an unknown one is a usage error.
 */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const field = fieldAliases[key(eq === -1 ? pair : pair.slice(0, eq))];
    const column = eq === -1 ? '' : pair.slice(eq + 1).trim();
    if (!field || column === '') {
      throw new AppError('usage', `--map takes FIELD=COLUMN pairs (fields: ${fieldNames.join(', ')}); cannot read "${pair.trim()}"`);
    }
    map[field] = column;
  }
  if (Object.keys(map).length === 0) throw new AppError('usage', `--map takes FIELD=COLUMN pairs (fields: ${fieldNames.join(', ')})`);
  return map;
}

/**
 * Reads a generic CSV of contacts. Columns come from `map` where given and otherwise from
 * common header names (Name, Full Name, First/Last Name, Email, Company, Title, URL, Notes).
 * A file without a name column is refused as a whole, naming its columns. A quoted cell may
 * run over lines in the notes (or a column not read); in any other column read it is a quote
 * left open, and its row is reported with the line the quote opens on.
 */
export function parseCsvContacts(text: string, options: { map?: ColumnMap } = {}): ParsedContacts {
  const csv = readCsvRows(text);
  if (csv.header.length === 0) {
    if (csv.problems.length > 0) return { contacts: [], problems: csv.problems, blank: 0 };
    throw new AppError('invalid_input', 'the file is empty');
  }
  const headers = csv.header.map(key);
  const index: Partial<Record<ContactField, number>> = {};
  for (const [field, wanted] of Object.entries(options.map ?? {}) as Array<[ContactField, string]>) {
    const found = csv.header.findIndex((h) => h.toLowerCase() === wanted.toLowerCase());
    if (found === -1) {
      throw new AppError('invalid_input', `no column "${wanted}" (--map ${field}=${wanted}); the columns are: ${csv.header.join(', ')}`);
    }
    index[field] = found;
  }
  const claimed = new Set(Object.values(index));
  for (const field of fieldNames) {
    if (index[field] !== undefined) continue;
    const found = headers.findIndex((h, i) => !claimed.has(i) && knownHeaders[field].includes(h));
    if (found !== -1) index[field] = found;
  }
  if (index.name === undefined && index.firstName === undefined && index.lastName === undefined) {
    throw new AppError(
      'invalid_input',
      `no name column; name one with --map name=COLUMN (the columns are: ${csv.header.join(', ') || 'none'})`,
    );
  }
  const at = (cells: string[], field: ContactField) => {
    const i = index[field];
    return i === undefined ? null : cell(cells[i]);
  };
  // Notes may run over lines; every other field read is one line.
  const oneLine = new Set(Object.entries(index).flatMap(([field, i]) => (field === 'notes' ? [] : [i])));
  const { rows, problems } = refuseLineBreaks(csv, oneLine);
  const contacts = rows.map(
    ({ line, cells }): ContactRow => ({
      line,
      name: at(cells, 'name') ?? [at(cells, 'firstName'), at(cells, 'lastName')].filter(Boolean).join(' '),
      email: at(cells, 'email'),
      profileUrl: at(cells, 'profileUrl'),
      company: at(cells, 'company'),
      title: at(cells, 'title'),
      notes: at(cells, 'notes'),
    }),
  );
  return { contacts, problems: [...csv.problems, ...problems].sort((a, b) => a.line - b.line), blank: csv.blank };
}
