import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../../test/helpers/seeded.js';

/** The real product documents (the repository's checked copy), each as Markdown, in a fixed order. */
export function corpusDocuments(repoRoot: string): string[] {
  const root = join(repoRoot, 'test', 'fixtures', 'reference', 'corpus');
  const documents: string[] = [];
  for (const kind of ['rfc', 'prd', 'strategy', 'postmortem', 'launch', 'update', 'template']) {
    for (const file of readdirSync(join(root, kind)).sort()) documents.push(readFileSync(join(root, kind, file), 'utf8'));
  }
  return documents;
}

/** About `bytes` of Markdown: the corpus repeated and cut at a line end. */
export function markdownOfSize(corpus: string, bytes: number): string {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += corpus;
  return text.slice(0, text.lastIndexOf('\n', bytes));
}

/** A generated library document: a title and a body of sentences drawn from the corpus. */
export interface BenchDocument {
  id: string;
  title: string;
  body: string;
}

function sentencesOf(text: string): string[] {
  return text
    .replace(/[#*`|>_[\]()]/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 30 && s.length < 400);
}

/**
 * `count` documents of 20–60 corpus sentences each, and the words worth searching for. Like
 * real documents, each keeps to a subject: three sentences in four come from one source
 * document, the rest from any.
 */
export function generateLibrary(sources: readonly string[], count: number, seed = 11): { documents: BenchDocument[]; words: string[] } {
  const random = seeded(seed);
  const bySource = sources.map(sentencesOf).filter((s) => s.length > 0);
  const sentences = bySource.flat();
  const headings = sources.flatMap((text) => [...text.matchAll(/^#{1,3} (.{4,60})$/gm)].map((m) => m[1] ?? '').filter(Boolean));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const documents: BenchDocument[] = [];
  for (let i = 0; i < count; i += 1) {
    const subject = pick(bySource);
    const n = 20 + Math.floor(random() * 40);
    const body: string[] = [];
    for (let j = 0; j < n; j += 1) body.push(random() < 0.75 ? pick(subject) : pick(sentences));
    documents.push({ id: `doc-${i}`, title: `${pick(headings)} ${i}`, body: body.join(' ') });
  }
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.toLowerCase().match(/[a-z]{5,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.entries()].filter(([, c]) => c >= 3).map(([w]) => w);
  return { documents, words };
}

/** `count` queries of one to three words; every word occurs in the corpus. */
export function generateQueries(words: readonly string[], count: number, seed = 5): string[] {
  const random = seeded(seed);
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = 1 + Math.floor(random() * 3);
    const q: string[] = [];
    for (let j = 0; j < n; j += 1) q.push(words[Math.floor(random() * words.length)] ?? 'product');
    queries.push(q.join(' '));
  }
  return queries;
}
