/**
 * One contact read from an import file, before it is checked and merged. Parsers fill what the
 * file holds (empty cells become `null`) and keep the line the contact starts on, so every
 * problem can be reported where the user will find it.
 */
export interface ContactRow {
  /** Line of the file (1-based) where the row or card starts. */
  line: number;
  /** May be empty: a missing name is reported, not guessed. */
  name: string;
  email: string | null;
  profileUrl: string | null;
  company: string | null;
  title: string | null;
  notes: string | null;
}

/** Why a row of the file cannot be imported. */
export interface ContactProblem {
  line: number;
  reason: string;
}

/** What a parser found: the contacts, the malformed rows, and the blank rows it passed over. */
export interface ParsedContacts {
  contacts: ContactRow[];
  problems: ContactProblem[];
  /** Rows whose cells are all empty: counted as skipped, never an error. */
  blank: number;
}

/** Trims a cell and turns an empty one into `null`. */
export function cell(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
