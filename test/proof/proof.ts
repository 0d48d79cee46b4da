/**
 * The shape every proof shares: what a proof module receives, and the rows it reports for the
 * summary table of `npm run proof`.
 */

/** The databases a proof runs on. */
export type ProofDatabase = 'SQLite' | 'PostgreSQL';

/** What every proof module receives. */
export interface ProofContext {
  /** The repository root (with `bin/` and a built `dist/`). */
  repoRoot: string;
  /** A temporary folder of this run, removed afterwards; proofs make their files inside it. */
  workDir: string;
  /** An administrator URL able to create databases, or null when PostgreSQL is not available. */
  postgresAdminUrl: string | null;
  /** The short version (CI): shorter load, fewer fuzz runs. */
  short: boolean;
  /** Seconds of measured load per database, when the user asks for a longer (or shorter) run. */
  loadSeconds?: number | undefined;
  /** Progress for the person watching (standard error). */
  say: (line: string) => void;
}

/** One row of the summary table: a claim, where it was checked, whether it held, and the figures. */
export interface ProofRow {
  area: 'load' | 'team' | 'faults' | 'hostile input' | 'hostile files';
  claim: string;
  database: ProofDatabase | '—';
  ok: boolean;
  /**
   * A bar this machine cannot judge (too few cores for what it measures): the row is shown as
   * NOT JUDGED with its figures, met or missed, and does not fail the proof.
   */
  notJudged?: boolean;
  /** The measured figures, or what went wrong, in one line. */
  figures: string;
}

/** What the summary says of a row: PASS, FAIL, or NOT JUDGED on this machine. */
export function resultOf(row: ProofRow): string {
  if (row.notJudged) return 'NOT JUDGED';
  return row.ok ? 'PASS' : 'FAIL';
}

/** A claim that failed: the proof row says why, in one line. */
export class ProofFailure extends Error {}

/** Throws a `ProofFailure` with `message` unless `condition` holds. */
export function proofAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ProofFailure(message);
}

/**
 * Runs one claim and turns its outcome into a row: the figures it returns when it holds, the
 * failure's message when it does not (an unexpected error counts as a failure too).
 */
export async function prove(row: Omit<ProofRow, 'ok' | 'figures'>, work: () => Promise<string>): Promise<ProofRow> {
  try {
    return { ...row, ok: true, figures: await work() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...row, ok: false, figures: message.replace(/\s*\n\s*/g, ' ').slice(0, 300) };
  }
}

/** Milliseconds with one decimal. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The value at percentile `p` (0–100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
