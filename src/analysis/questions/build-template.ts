import type { DocumentQuestion } from './extract-questions.js';

/** One question of a template, with how many of its source documents answer it. */
export interface TemplateItem {
  questionId: string;
  question: string;
  support: number;
}

/** A custom question's identity: its wording folded to lower-case words. */
function customKey(question: string): string {
  return `custom:${question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

/** The key a question is merged by across documents: its id, or its wording when custom. */
export function questionKey(q: { id: string; question: string }): string {
  return q.id === 'custom' ? customKey(q.question) : q.id;
}

/**
 * The ordered union of the questions of several documents (SPEC §1.7): each question once,
 * with its support (how many documents answer it), ordered by where the documents answer it
 * on average (position as a fraction of each document's questions), so a template reads in
 * the order its sources do. Ties keep first-seen order. A custom question (a section only
 * one document has, one of its FAQ entries) joins a template built from several documents
 * only when at least two of them share it: alone it is that document's subject, not a
 * question every such document answers.
 */
export function buildTemplate(documents: ReadonlyArray<readonly DocumentQuestion[]>): TemplateItem[] {
  const items = new Map<string, { item: TemplateItem; position: number; seen: number }>();
  let seen = 0;
  for (const questions of documents) {
    const counted = new Set<string>();
    questions.forEach((q, index) => {
      const key = questionKey(q);
      if (counted.has(key)) return;
      counted.add(key);
      const position = questions.length > 1 ? index / (questions.length - 1) : 0;
      const entry = items.get(key);
      if (entry) {
        entry.position += position;
        entry.item.support += 1;
      } else {
        items.set(key, { item: { questionId: q.id, question: q.question, support: 1 }, position, seen: seen++ });
      }
    });
  }
  const minCustomSupport = Math.min(2, documents.length);
  return [...items.values()]
    .filter((e) => e.item.questionId !== 'custom' || e.item.support >= minCustomSupport)
    .sort((a, b) => a.position / a.item.support - b.position / b.item.support || a.seen - b.seen)
    .map((e) => e.item);
}
