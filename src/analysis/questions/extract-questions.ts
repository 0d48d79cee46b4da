import { answeredInPassing, type CanonicalQuestion, canonicalQuestions, titleTopics } from '../data/questions.js';
import { classifyHeading } from './classify-heading.js';
import type { DocSection, DocumentModel } from './document.js';

/**
 * A question a document answers (SPEC §1.7): a canonical id, or `custom` with the document's
 * own wording; the section that answers it and the evidence span in the normalised text.
 * `empty` marks a question a heading asks while its section says nothing (or only "TBD"):
 * a template asks it, a draft leaves it open.
 */
export interface DocumentQuestion {
  id: string;
  question: string;
  section: string | null;
  start: number;
  end: number;
  empty: boolean;
}

/**
 * True for a skeleton: a document most of whose headed questions are empty, such as a
 * template. Its headings are the questions it stands for.
 */
export function isSkeleton(questions: readonly DocumentQuestion[]): boolean {
  const headed = questions.filter((q) => q.section !== null);
  return headed.length >= 3 && headed.filter((q) => q.empty).length * 2 >= headed.length;
}

/**
 * The questions a document stands for: those it answers, and, for a skeleton such as a
 * template, those its headings ask.
 */
export function questionsOf(questions: readonly DocumentQuestion[]): DocumentQuestion[] {
  return isSkeleton(questions) ? [...questions] : questions.filter((q) => !q.empty);
}

const byId: ReadonlyMap<string, CanonicalQuestion> = new Map(canonicalQuestions.map((q) => [q.id, q]));

/** Every content cue in one pass: group `i + 1` is the cue of `cueIds[i]`. */
const cueIds: string[] = [];
const cueRegex = new RegExp(
  canonicalQuestions
    .flatMap((q) =>
      q.cues.map((cue) => {
        cueIds.push(q.id);
        return `(${cue.replace(/^\^/, '(?:^|\\n)')})`;
      }),
    )
    .join('|'),
  'gi',
);

const clockTime = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/g;
const dateMention =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{4}-\d{2}(?:-\d{2})?|q[1-4](?: ?(?:fy)?\d{2,4})?|h[12] \d{4}|week \d+|(?:end|mid|beginning|start) of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|the (?:month|quarter|year))|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)/gi;
const incidentWords = /\b(?:post-?mortem|incident report|incident review|outage|retro(?:spective)?|root cause|downtime)\b/iu;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Questions a title is about: a document titled "Goals" or "FAQ" answers that question; a
 * title that names the document's form ("Post-mortem", "Proposal", "Launch plan") says nothing.
 */
function titleQuestions(title: string): string[] {
  return title === '' ? [] : classifyHeading(title, { whole: true }).filter((id) => titleTopics.has(id));
}

/** What a heading names, read with the section's content where the wording alone misleads. */
function headingQuestions(heading: string, body: string, incident: boolean): string[] {
  return classifyHeading(heading).flatMap((id) => {
    if (id === 'timeline' && incident) return ['incident-timeline'];
    if (id === 'incident-timeline' && !incident) return /\b(?:incident|on-?call|response)\b/i.test(heading) ? ['support'] : ['timeline'];
    if (
      id === 'non-goals' &&
      /^\W*(?:\d[\d.]*\s*)?(?:in\s+|\w+\s+)?scope\b(?! *(?:and|\/|&) *non)/i.test(heading) &&
      !/\bout\b/i.test(heading) &&
      !/\b(?:out of scope|not in scope|non-?goals?|won.?t|will not|not (?:be )?(?:included|covered|part))\b/i.test(body)
    ) {
      return ['requirements'];
    }
    return [id];
  });
}

/** How many times `regex` matches in `text`, counting no further than `enough`. */
function count(regex: RegExp, text: string, enough = 3): number {
  regex.lastIndex = 0;
  let n = 0;
  while (n < enough && regex.exec(text)) n += 1;
  return n;
}

/** How much of a section's text content cues read: an answer shows at its start. */
const CUE_WINDOW = 4_000;

function sectionLabel(section: DocSection): string | null {
  return section.path.length > 0 ? section.path.join(' › ') : null;
}

function isQuestion(heading: string): boolean {
  return /\?\s*$/.test(heading) && heading.split(/\s+/).length >= 3;
}

/** A section of dated items is a plan's timeline, or an incident's when the times are clock times. */
function datedKind(text: string, incident: boolean): 'timeline' | 'incident-timeline' | null {
  if (count(clockTime, text) >= 3) return 'incident-timeline';
  if (count(dateMention, text) >= 3) return incident ? 'incident-timeline' : 'timeline';
  return null;
}

/**
 * The questions a document answers, in document order: from each section's heading and its
 * aliases; from its content when the heading is missing or says nothing (dated milestones →
 * `timeline`, "we will measure" → `success-metrics`); the explicit questions of an FAQ and
 * the sections that fit no canonical question as `custom`. Each canonical id appears once, at
 * its first answer.
 */
export function extractQuestions(doc: DocumentModel): DocumentQuestion[] {
  const out: DocumentQuestion[] = [];
  const incident =
    incidentWords.test(`${doc.title ?? ''} ${doc.sections.map((s) => s.heading).join(' ')}`) ||
    doc.sections.some((s) => classifyHeading(s.heading).includes('root-cause'));
  const seenAt = new Map<string, number>();
  const add = (id: string, question: string, section: DocSection, start: number, end: number, empty = false) => {
    const key = id === 'custom' ? `custom:${question.toLowerCase()}` : id;
    const at = seenAt.get(key);
    const entry = { id, question, section: sectionLabel(section), start, end, empty };
    // A later answer replaces an earlier empty heading ("Risks: TBD" … "Risks and mitigations").
    if (at !== undefined) {
      if (out[at]?.empty && !empty) out[at] = entry;
      return;
    }
    seenAt.set(key, out.length);
    out.push(entry);
  };
  /** Ids of the nearest headed ancestor, by heading path. */
  const answered = new Map<string, string[]>();

  const titleSection = doc.sections.filter((s) => s.level === 1).length === 1 && doc.sections[0]?.level === 1 ? doc.sections[0] : null;
  const empty = placeholders(doc);
  for (const [index, section] of doc.sections.entries()) {
    const body = section.blocks.length > 0 ? doc.text.slice(section.blocks[0]?.start, section.end) : '';
    const opening = section.level === 0 || section === titleSection;
    const named = opening ? titleQuestions(section.heading) : headingQuestions(section.heading, body, incident);
    const blank = empty[index] === true;
    if (opening) {
      const summary = section.blocks.find((b) => b.kind === 'paragraph' && words(doc.text.slice(b.start, b.end)) >= 12);
      if (summary) add('summary', byId.get('summary')?.question ?? 'summary', section, summary.start, summary.end);
    }
    const parentKey = section.path.slice(0, -1).join('\u0000');
    const inherited = answered.get(parentKey) ?? [];
    answered.set(section.path.join('\u0000'), named.length > 0 ? named : inherited);

    for (const id of named) add(id, byId.get(id)?.question ?? id, section, section.headingStart, section.end, blank);
    for (const lead of leadQuestions(doc, section)) add(lead.id, byId.get(lead.id)?.question ?? lead.id, section, lead.start, lead.end);
    if (named.length > 0 && !blank) {
      for (const q of contentQuestions(doc, section, body, incident)) {
        if (answeredInPassing.has(q.id)) add(q.id, byId.get(q.id)?.question ?? q.id, section, q.start, q.end);
      }
    }
    if (named.length > 0) continue;
    if (blank) {
      if (!opening && inherited.length === 0) add('custom', section.heading, section, section.headingStart, section.end, true);
      continue;
    }

    if (section.heading !== '' && isQuestion(section.heading) && (inherited.includes('faq') || inherited.includes('open-questions'))) {
      add('custom', section.heading, section, section.headingStart, section.end);
      continue;
    }
    if (inherited.length > 0) continue;

    const found = contentQuestions(doc, section, body, incident);
    for (const q of found) add(q.id, byId.get(q.id)?.question ?? q.id, section, q.start, q.end);
    if (found.length === 0 && !opening && body.trim() !== '') {
      add('custom', section.heading, section, section.headingStart, section.end);
    }
  }
  return out;
}

/** A section body that only holds a placeholder: it names a question without answering it. */
const placeholder =
  /^\W*(?:tbd|tba|tbc|todo|to ?do|to be (?:added|decided|determined|written|confirmed|defined|completed)|coming soon|n\/a|none(?: yet)?|pending|wip|work in progress|placeholder|fill (?:this|me) in|\.{3}|…)?\W*$/i;

/**
 * For each section, whether it and the sections under it say nothing: no text, or only a
 * placeholder such as "TBD". Such a heading asks its question; it does not answer it.
 */
function placeholders(doc: DocumentModel): boolean[] {
  const result = doc.sections.map(() => true);
  const open: number[] = [];
  doc.sections.forEach((section, index) => {
    while (open.length > 0 && (doc.sections[open.at(-1) ?? 0]?.level ?? 0) >= section.level && section.level > 0) open.pop();
    const text = section.blocks.map((b) => doc.text.slice(b.start, Math.min(b.end, b.start + 200))).join(' ');
    const says = section.blocks.length > 0 && !placeholder.test(text);
    if (says) {
      result[index] = false;
      for (const ancestor of open) result[ancestor] = false;
    }
    open.push(index);
  });
  return result;
}

const leadLabel = /^([\p{L}][\p{L}\p{N} '’/&-]{0,40}?)\s*:(?:\s|$)/u;

/**
 * Questions named by the label that opens a paragraph or list item ("Owner: …", "Why: …",
 * "Key takeaways:"): a heading in all but form.
 */
function leadQuestions(doc: DocumentModel, section: DocSection): Array<{ id: string; start: number; end: number }> {
  const found: Array<{ id: string; start: number; end: number }> = [];
  for (const block of section.blocks) {
    if (block.kind === 'code' || block.kind === 'table') continue;
    const m = leadLabel.exec(doc.text.slice(block.start, Math.min(block.end, block.start + 60)));
    if (!m?.[1] || m[1].split(/\s+/).length > 4) continue;
    for (const id of classifyHeading(m[1])) if (!found.some((f) => f.id === id)) found.push({ id, start: block.start, end: block.end });
  }
  return found;
}

/** Questions a section answers by what it says, for a section whose heading names none. */
function contentQuestions(
  doc: DocumentModel,
  section: DocSection,
  body: string,
  incident: boolean,
): Array<{ id: string; start: number; end: number }> {
  const found: Array<{ id: string; start: number; end: number }> = [];
  const offset = section.blocks[0]?.start ?? section.start;
  const questions = section.blocks.filter((b) => /\?\s*$/.test(doc.text.slice(b.start, b.end).split('\n')[0] ?? ''));
  if (questions.length >= 3 && questions.length * 2 >= section.blocks.length) {
    found.push({ id: 'faq', start: section.start, end: section.end });
  }
  const head = body.length > CUE_WINDOW ? body.slice(0, CUE_WINDOW) : body;
  const dated = datedKind(head, incident);
  if (dated) found.push({ id: dated, start: offset, end: section.end });
  cueRegex.lastIndex = 0;
  for (let m = cueRegex.exec(head); m; m = cueRegex.exec(head)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const id = cueIds[group - 1];
    if (id && !found.some((f) => f.id === id)) found.push({ id, start: offset + m.index, end: offset + m.index + m[0].length });
    if (m[0].length === 0) cueRegex.lastIndex += 1;
  }
  return found;
}
