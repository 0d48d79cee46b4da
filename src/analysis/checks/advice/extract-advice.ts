import { replacementWords, storyOpeners } from '../../data/advice.js';
import { indexList, matchesAtOffset } from '../../engine/phrase-index.js';
import { parseText } from '../../engine/text.js';
import type { Doc, Token } from '../../engine/types.js';
import { type ClauseStart, type Unit, unitsOf } from './advice-clauses.js';
import { type Detection, detectAdvice } from './detect-advice.js';

/** One piece of advice in a mentor's reply, with its offsets (UTF-16, end exclusive). */
export interface AdvicePiece {
  text: string;
  start: number;
  end: number;
}

/** The pieces of advice in a reply (SPEC §1.4 "Advice capture"). */
export interface AdviceResult {
  advice: AdvicePiece[];
}

const STORY = indexList(storyOpeners);
/** Fewest words a piece needs before a second imperative joined by "and" counts as its own piece. */
const MIN_PIECE_WORDS = 4;

function sepOf(unit: Unit, token: number): ClauseStart['sep'] {
  return unit.clauses.find((c) => c.token === token)?.sep ?? 'comma';
}

const REPLACES = new Set(replacementWords.split(' '));

/** Whether the clause that starts at token `from` replaces what came before it ("… instead"), up to the next clause. */
function replacesBefore(doc: Doc, unit: Unit, from: number): boolean {
  const next = unit.clauses.find((c) => c.token > from)?.token ?? unit.endToken;
  for (let i = from; i < next; i++) if (REPLACES.has((doc.tokens[i] as Token).lower)) return true;
  return false;
}

function splits(unit: Unit, d: Detection, lead: Detection, piece: Detection, doc: Doc): boolean {
  const sep = sepOf(unit, d.clause);
  if (d.kind !== 'imperative' || sep === 'stop') return sep !== 'start';
  if (d.continues || !(sep === 'semicolon' || sep === 'and' || sep === 'but')) return false;
  if (replacesBefore(doc, unit, d.clause)) return false;
  if (lead.kind !== 'imperative' && sep === 'and') return false;
  const words = doc.tokens.slice(piece.clause, d.clause).filter((t) => t.kind !== 'punct').length;
  return words >= MIN_PIECE_WORDS;
}

/** First token of a piece that starts mid-sentence: after its "and"/"but". */
function pieceStart(doc: Doc, unit: Unit, token: number): number {
  let i = token;
  while (i < unit.endToken - 1 && /^(?:and|but)$/.test((doc.tokens[i] as Token).lower)) i += 1;
  return (doc.tokens[i] as Token).start;
}

/** Where the first piece starts: the sentence start, or after a decline or a reaction ("…, but you should …", "😄 You should …"). */
function firstStart(doc: Doc, unit: Unit, d: Detection): number {
  if (d.kind === 'imperative' || d.kind === 'question') return unit.start;
  const turn = unit.clauses.filter((c) => c.token <= d.clause && c.token > unit.first && (c.sep === 'but' || c.sep === 'symbol')).at(-1);
  return turn ? pieceStart(doc, unit, turn.token) : unit.start;
}

/** End of the text before token `next`, without trailing commas, semicolons or dashes. */
function endBefore(doc: Doc, unit: Unit, next: number, fallback: number): number {
  for (let i = next - 1; i >= unit.first; i--) {
    const t = doc.tokens[i] as Token;
    if (t.kind !== 'punct' || !/[,;:\-(]/.test(t.lower)) return t.end;
  }
  return fallback;
}

/** Cuts the mentor's own story off the end of a piece ("…, we did the same with payments v2"). */
function trimStory(doc: Doc, unit: Unit, start: number, end: number): number {
  for (const c of unit.clauses) {
    const t = doc.tokens[c.token] as Token;
    if (t.start <= start || t.start >= end || !(c.sep === 'comma' || c.sep === 'dash')) continue;
    if (matchesAtOffset(doc, STORY, t.start)) return endBefore(doc, unit, c.token, end);
  }
  return end;
}

function piecesOf(doc: Doc, unit: Unit): AdvicePiece[] {
  const found = detectAdvice(doc, unit);
  const lead = found[0];
  if (!lead) return [];
  const starts: Detection[] = [lead];
  for (const d of found.slice(1)) if (splits(unit, d, lead, starts.at(-1) as Detection, doc)) starts.push(d);
  return starts.map((d, i) => {
    const next = starts[i + 1];
    const start = i === 0 ? firstStart(doc, unit, d) : pieceStart(doc, unit, d.clause);
    const end = trimStory(doc, unit, start, next ? endBefore(doc, unit, next.clause, unit.end) : unit.end);
    return { text: doc.text.slice(start, end), start, end };
  });
}

/**
 * Lists the pieces of advice in a mentor's reply: imperatives ("Try …", "Don't …"),
 * recommendations ("you should", "I'd", "consider", "it might help to"), suggestions put as
 * questions ("Have you tried …?") and recommended choices, one per piece, each the sentence
 * or clause that carries it. Greetings, thanks, offers ("send me the draft"), the mentor's
 * stories and questions for information are left out. Never throws; linear in the text.
 */
export function extractAdvice(text: string): AdviceResult {
  const doc = parseText(typeof text === 'string' ? text : '');
  const advice: AdvicePiece[] = [];
  for (const unit of unitsOf(doc)) for (const piece of piecesOf(doc, unit)) if (piece.end > piece.start) advice.push(piece);
  return { advice };
}
