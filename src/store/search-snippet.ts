import type { ArtifactHit } from '../core/ports.js';

/** Marks the start of a matched term in a database snippet (a private-use character). */
export const HIGHLIGHT_START = '\uE000';
/** Marks the end of a matched term in a database snippet. */
export const HIGHLIGHT_END = '\uE001';

/** Longest query read; longer input is cut, not refused. */
const MAX_TERMS = 32;

/**
 * The words of a search query, lower-cased: letters and digits only, so no query syntax of
 * either database (quotes, operators, column filters) ever reaches it from the user.
 */
export function searchTerms(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/**
 * A snippet without its markers, and where the matched terms are in it (UTF-16 offsets, end
 * exclusive), so every surface highlights them its own way and user text is never markup.
 */
export function parseSnippet(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let snippet = '';
  const highlights: Array<[number, number]> = [];
  let open = -1;
  for (const ch of marked.replace(/\s+/g, ' ').trim()) {
    if (ch === HIGHLIGHT_START) open = snippet.length;
    else if (ch === HIGHLIGHT_END) {
      if (open >= 0 && snippet.length > open) highlights.push([open, snippet.length]);
      open = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

/** A search result row as both dialects return it, in snake_case. */
export interface SearchRow {
  id: string;
  title: string;
  kind: string;
  tags: string;
  rating: number | null;
  source_file: string | null;
  snippet: string;
  rank: number;
}

/** Turns a search row into a hit: tags parsed, snippet markers turned into highlights. */
export function toHit(row: SearchRow, score: number): ArtifactHit {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    tags: JSON.parse(row.tags) as string[],
    rating: row.rating,
    sourceFile: row.source_file,
    score,
    ...parseSnippet(row.snippet),
  };
}
