import { canonicalQuestions } from '../data/questions.js';
import { questionKey, type TemplateItem } from './build-template.js';
import type { DocumentQuestion } from './extract-questions.js';

/**
 * A template question and whether the draft answers it, and where; when it does not, what
 * to add — and, for a heading left empty ("Risks: TBD"), where that heading is.
 */
export interface DraftItem {
  questionId: string;
  question: string;
  support: number;
  answered: boolean;
  section: string | null;
  start: number | null;
  end: number | null;
  hint: string | null;
}

/** The draft check of SPEC §1.7: the missing questions first, then the answered ones. */
export interface DraftCheck {
  /** Answered template questions over all of them, 0–1 (1 for an empty template). */
  coverage: number;
  answered: number;
  total: number;
  items: DraftItem[];
}

const hints: ReadonlyMap<string, string> = new Map(canonicalQuestions.map((q) => [q.id, q.hint]));

/**
 * Checks a draft's questions against a template: for each template question, whether the
 * draft answers it and where; the coverage; the missing questions first (most supported
 * first, then template order), each with a hint, then the answered ones in template order.
 */
export function checkDraft(template: readonly TemplateItem[], draft: readonly DocumentQuestion[]): DraftCheck {
  const byKey = new Map<string, DocumentQuestion>();
  for (const q of draft) {
    const known = byKey.get(questionKey(q));
    if (!known || (known.empty && !q.empty)) byKey.set(questionKey(q), q);
  }
  const items = template.map((t, index): DraftItem & { index: number } => {
    const found = byKey.get(questionKey({ id: t.questionId, question: t.question }));
    const answered = found !== undefined && !found.empty;
    const hint = hints.get(t.questionId) ?? `Answer “${t.question}” in a section of its own.`;
    return {
      index,
      questionId: t.questionId,
      question: t.question,
      support: t.support,
      answered,
      section: found?.section ?? null,
      start: found?.start ?? null,
      end: found?.end ?? null,
      hint: answered ? null : found ? `The section “${found.section ?? t.question}” is still empty. ${hint}` : hint,
    };
  });
  const missing = items.filter((i) => !i.answered).sort((a, b) => b.support - a.support || a.index - b.index);
  const answered = items.filter((i) => i.answered);
  return {
    coverage: items.length === 0 ? 1 : answered.length / items.length,
    answered: answered.length,
    total: items.length,
    items: [...missing, ...answered].map(({ index: _index, ...item }) => item),
  };
}
