import { AppError, isAppError } from '../errors.js';
import { type Mentor, mentorSchema } from '../mentors/schemas.js';
import type { Context } from '../ports.js';
import { entities } from '../records/entities.js';
import { parseInput } from '../records/parse-input.js';
import type { ContactProblem, ParsedContacts } from './contacts/contact-row.js';
import { detectContactFormat } from './contacts/detect-contact-format.js';
import { type ColumnMap, parseCsvContacts } from './contacts/parse-csv-contacts.js';
import { parseLinkedin } from './contacts/parse-linkedin.js';
import { parseVcard } from './contacts/parse-vcard.js';
import { type ContactFields, planContactImport } from './contacts/plan-contact-import.js';
import { validateContact } from './contacts/validate-contact.js';
import type { ContactFormat } from './schemas.js';

/** What an import did (or, on a dry run, would do). */
export interface ImportContactsResult {
  format: ContactFormat;
  created: number;
  merged: number;
  skipped: number;
  /** Ids of the mentors created or merged; on a dry run the ids of new mentors are provisional. */
  mentors: string[];
  dryRun: boolean;
}

/** How far the writing has got: `done` of `total` writes, for a file of `rows` data rows. */
export interface ImportProgress {
  done: number;
  total: number;
  rows: number;
}

/** Where each format's mentors are recorded as found. */
const whereFound: Record<ContactFormat, string> = { linkedin: 'LinkedIn', vcard: 'vCard', csv: 'CSV import' };

/** How many malformed rows the error message lists; the error's details hold them all. */
const LISTED_PROBLEMS = 20;

/**
 * Imports contacts as mentors from the text of a LinkedIn `Connections.csv`, a vCard file or a
 * generic CSV (`map` names its columns). Every row is checked first: when any is malformed
 * (column count, broken quote, no name, bad email, a field over its limit) the import is
 * refused with an `invalid_input` error listing the lines, and nothing is written. Otherwise
 * duplicates — within the file and against the workspace — are merged (see
 * `planContactImport`) and everything is written in one transaction, reading the existing
 * mentors with a single query. The caller reads the file: core never touches the file system.
 */
export async function importContacts(
  ctx: Context,
  options: {
    fileName: string;
    text: string;
    format?: ContactFormat | undefined;
    map?: ColumnMap | undefined;
    dryRun?: boolean | undefined;
    onProgress?: ((progress: ImportProgress) => void) | undefined;
  },
): Promise<ImportContactsResult> {
  const { fileName } = options;
  const format = options.format ?? detectContactFormat(fileName, options.text);
  if (options.map && format !== 'csv') {
    throw new AppError('usage', `${fileName} is read as ${format}; --map applies only to CSV files (add --format csv to force it)`);
  }
  const parsed = parse(format, options);
  refuseMalformed(fileName, parsed);
  const rows = parsed.contacts.length + parsed.blank;
  const plan = async (ws: Context['ws']) =>
    planContactImport({
      contacts: parsed.contacts,
      existing: await ws.table('mentors').list(),
      whereFound: whereFound[format],
      blank: parsed.blank,
      build: newMentor(ctx),
    });
  const result = (p: Awaited<ReturnType<typeof plan>>, dryRun: boolean): ImportContactsResult => ({
    format,
    created: p.created,
    merged: p.merged,
    skipped: p.skipped,
    mentors: p.mentorIds,
    dryRun,
  });
  if (options.dryRun) return result(await plan(ctx.ws), true);
  return ctx.ws.transaction(async (ws) => {
    const p = await plan(ws);
    const total = p.creates.length + p.updates.length;
    let done = 0;
    const step = () => {
      done += 1;
      options.onProgress?.({ done, total, rows });
    };
    const mentors = ws.table('mentors');
    for (const row of p.creates) {
      await mentors.insert(row);
      step();
    }
    const now = ctx.clock.now();
    for (const update of p.updates) {
      await mentors.update(update.id, { ...update.patch, updatedAt: now });
      step();
    }
    return result(p, false);
  });
}

function parse(format: ContactFormat, options: { fileName: string; text: string; map?: ColumnMap | undefined }): ParsedContacts {
  try {
    if (format === 'linkedin') return parseLinkedin(options.text);
    if (format === 'vcard') return parseVcard(options.text);
    return parseCsvContacts(options.text, { map: options.map });
  } catch (error) {
    if (isAppError(error)) throw new AppError(error.code, `${options.fileName}: ${error.message}`, error.details);
    throw error;
  }
}

/** Throws when any row is malformed, naming every bad line (the first ones in the message). */
function refuseMalformed(fileName: string, parsed: ParsedContacts): void {
  const byLine = new Map<number, string[]>();
  const add = ({ line, reason }: ContactProblem) => byLine.set(line, [...(byLine.get(line) ?? []), reason]);
  for (const problem of parsed.problems) add(problem);
  for (const contact of parsed.contacts) for (const reason of validateContact(contact)) add({ line: contact.line, reason });
  if (byLine.size === 0) return;
  const problems = [...byLine.entries()].sort(([a], [b]) => a - b).map(([line, reasons]) => ({ line, reason: reasons.join('; ') }));
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `line ${p.line} (${p.reason})`);
  if (problems.length > LISTED_PROBLEMS) listed.push(`and ${problems.length - LISTED_PROBLEMS} more`);
  const count = `${problems.length} malformed row${problems.length === 1 ? '' : 's'}`;
  throw new AppError('invalid_input', `${fileName}: ${count}, nothing imported: ${listed.join(', ')}`, { file: fileName, problems });
}

/** Builds a complete mentor row for imported fields, as `createRecord` would. */
function newMentor(ctx: Context): (fields: ContactFields) => Mentor {
  const now = ctx.clock.now();
  return (fields) =>
    parseInput(
      mentorSchema,
      { ...entities.mentors.defaults(), ...fields, id: ctx.newId(), userId: ctx.ws.userId, createdAt: now, updatedAt: now },
      'mentor',
    );
}
