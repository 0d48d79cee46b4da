import type { Context } from '../ports.js';
import { type EntityName, entityNames } from '../records/schemas.js';
import { fieldsOf } from './backup-workspace.js';

/** One CSV file of an export: the rows of one entity. */
export interface CsvFile {
  entity: EntityName;
  /** A file name for it, kebab-case: `action-items.csv`. */
  fileName: string;
  /** RFC 4180 text: a header row, then one line per record, CRLF line ends. */
  text: string;
  rows: number;
}

/** First characters that make a spreadsheet read a cell as a formula (or strip it into one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Exports every entity of the workspace as one CSV file each, in dependency order, with a
 * header row of the entity's fields (the owner column left out) and records in the entity's
 * usual order. Lists are written `a; b`; check results as JSON. Cells are safe to open in a
 * spreadsheet: see `csvCell`.
 */
export async function exportCsv(ctx: Context): Promise<CsvFile[]> {
  const files: CsvFile[] = [];
  for (const name of entityNames) {
    const columns = fieldsOf(name).filter((field) => field !== 'userId');
    const rows = (await ctx.ws.table(name).list()) as Record<string, unknown>[];
    const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))].map(csvLine);
    files.push({ entity: name, fileName: `${kebab(name)}.csv`, text: lines.join(''), rows: rows.length });
  }
  return files;
}

/** One CSV record from raw values, ending with CRLF. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * One CSV cell from a value. Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` so a spreadsheet shows it instead of running it as a formula
 * (CSV injection); numbers are written as numbers. A cell holding a quote, comma or line
 * break is quoted, with quotes doubled (RFC 4180). `null` is an empty cell; a list of text is
 * joined as `a; b`; any other object is written as JSON.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return quote(String(value));
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? value.join('; ')
        : JSON.stringify(value);
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
