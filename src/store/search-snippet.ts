import type { ArtifactHit, SharedArtifactHit } from '../core/ports.js';

/** Longest query read; longer input is cut, not refused. */
const MAX_TERMS = 32;
/** Characters of text before the first match that an excerpt keeps. */
export const EXCERPT_BEFORE = 120;
/** Length of the excerpt a search row carries. */
export const EXCERPT_LENGTH = 400;
/** How far into a body the first match is looked for (the excerpt starts at the top beyond it). */
export const EXCERPT_SCAN = 200_000;
/** Length of a snippet shown to the user. */
const SNIPPET_LENGTH = 200;

/**
 * The words of a search query, lower-cased: letters and digits only, so no query syntax of
 * either database (quotes, operators, column filters) ever reaches it from the user.
 */
export function searchTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_TERMS);
}

/**
 * The start of a search term, short enough to find its inflections too ("dependencies" finds
 * "depend"), as the stemming of both databases does.
 */
function stemOf(term: string): string {
  return term.slice(0, Math.max(4, Math.ceil(term.length / 2)));
}

/** What an excerpt is placed by: the stem of the first term. */
export function anchorOf(terms: readonly string[]): string {
  return stemOf(terms[0] ?? '');
}

/**
 * A snippet around the first matched word of an excerpt, cut at word boundaries, and where
 * the words that start like a search term are in it (UTF-16 offsets, end exclusive), so
 * every surface highlights them its own way and document text is never markup. The same
 * code for both databases, so results read alike on either.
 */
export function makeSnippet(excerpt: string, terms: readonly string[]): { snippet: string; highlights: Array<[number, number]> } {
  const text = excerpt.replace(/\s+/g, ' ').trim();
  const stems = terms.map(stemOf);
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const isHit = (w: string) => {
    const lower = w.toLowerCase();
    return stems.some((s) => lower.startsWith(s));
  };
  const first = words.find((m) => isHit(m[0]));
  let start = Math.max(0, (first?.index ?? 0) - 60);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const snippet = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const highlights: Array<[number, number]> = [];
  for (const m of words) {
    const at = m.index ?? 0;
    if (at < start || at + m[0].length > end || !isHit(m[0])) continue;
    highlights.push([at - start + prefix.length, at - start + prefix.length + m[0].length]);
  }
  return { snippet, highlights };
}

/** A search result row as both dialects return it, in snake_case, with an excerpt of the body. */
export interface SearchRow {
  id: string;
  title: string;
  kind: string;
  tags: string;
  rating: number | null;
  source_file: string | null;
  excerpt: string;
  rank: number;
}

/** Turns a search row into a hit: tags parsed, a snippet made from the excerpt. */
export function toHit(row: SearchRow, score: number, terms: readonly string[]): ArtifactHit {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    tags: JSON.parse(row.tags) as string[],
    rating: row.rating,
    sourceFile: row.source_file,
    score,
    ...makeSnippet(row.excerpt, terms),
  };
}

/** A search row of the team library: a search row with who shared the document, and when. */
export interface SharedSearchRow extends SearchRow {
  user_id: string;
  owner_name: string;
  shared_at: string;
}

/** Turns a search row of the team library into a hit that names its owner. */
export function toSharedHit(row: SharedSearchRow, score: number, terms: readonly string[]): SharedArtifactHit {
  return { ...toHit(row, score, terms), owner: { id: row.user_id, name: row.owner_name }, sharedAt: row.shared_at };
}
