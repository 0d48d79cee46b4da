import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One printed table: a title, column headings and rows of already formatted cells. */
export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** Lines printed under the table (skipped rows, caveats). */
  notes?: string[];
}

const numeric = /^[-+]?[\d.,]+(\s?(ms|%|×))?$/;

/** Renders a table as aligned plain text: columns of numbers right-aligned, the others left. */
export function renderTable(table: Table): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const right = table.headers.map((_, i) => {
    const cells = table.rows.map((r) => r[i] ?? '').filter((c) => c !== '—');
    return cells.length > 0 && cells.every((c) => numeric.test(c));
  });
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const body = [line(table.headers), rule, ...table.rows.map(line)];
  const notes = (table.notes ?? []).map((n) => `  ${n}`);
  return [`\n${table.title}`, ...body, ...notes].join('\n');
}

/** A number of milliseconds with one decimal, for the tables. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** A ratio such as `1.43×`. */
export function times(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** The verdict cell: PASS, or MISS followed by what missed. */
export function verdict(misses: string[]): string {
  return misses.length === 0 ? 'PASS' : `MISS (${misses.join(', ')})`;
}

/** Writes the results as indented JSON, creating the folder; results are git-ignored. */
export function writeResults(path: string, results: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

/** What every benchmark section run in its own process receives. */
export interface SectionOptions {
  repoRoot: string;
  workDir: string;
  postgresAdminUrl: string;
  say: (line: string) => void;
}
