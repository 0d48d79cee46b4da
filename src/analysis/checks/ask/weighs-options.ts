/**
 * Whether an escalation's question weighs two options ("…, or does the rule win?") or holds a
 * problem of its own ("how to split ownership between two teams"), as the escalation
 * `vague-question` rule reads it.
 */
import {
  imposingWords,
  optionWords,
  orFillers,
  questionOpeners,
  schedulingWords,
  specificQuestionWords,
  timeUnits,
} from '../../data/ask-escalation.js';
import type { Doc } from '../../engine/types.js';
import { findSlots } from './find-slot.js';
import { isWord, sentenceTokens, wordSet } from './loop-tokens.js';

const OPENERS = wordSet(questionOpeners);
const SCHEDULING = wordSet(schedulingWords);
const IMPOSING = wordSet(imposingWords);
/** A time of day ("3pm", "14:30"). */
const CLOCK = /^\d{1,2}(?::\d\d)?(?:am|pm|h)$|^\d{1,2}:\d\d$/;
/** Words on each side of "or" read as the two options. */
const optionSpan = 3;
/** Words after "or" read for a polite way out. */
const imposingSpan = 6;
const OR_FILLERS = wordSet(orFillers);
const TIME_UNITS = wordSet(timeUnits);

/**
 * "Is that too many, or does the rule win?", "one decision or two?": a question that weighs two
 * options, and not a choice of when or how to meet ("Tuesday or Wednesday?", "15 or 20
 * minutes?") nor a polite way out ("or is that too much to ask?").
 */
export function weighsOptions(doc: Doc, index: number): boolean {
  const words = sentenceTokens(doc, index).filter(isWord);
  return words.some((w, i) => {
    if (w.lower !== 'or' || i < optionWords || words.length - i - 1 < 1 || OR_FILLERS.has(words[i + 1]?.lower ?? '')) return false;
    if (TIME_UNITS.has(words[i - 1]?.lower ?? '')) return false;
    const near = words.slice(Math.max(0, i - optionSpan), i + optionSpan + 1);
    const from = near[0]?.start ?? w.start;
    const to = near.at(-1)?.end ?? w.end;
    if (near.some((n) => SCHEDULING.has(n.lower) || CLOCK.test(n.lower))) return false;
    if (findSlots(doc).some((slot) => slot.sentence === index && slot.end > from && slot.start < to)) return false;
    return !words.slice(i + 1, i + 1 + imposingSpan).some((n) => IMPOSING.has(n.lower));
  });
}

/** A request with a problem in it: "how/what …" with a few words after ("how to split ownership"), or a choice "… or …". */
export function detailedQuestion(doc: Doc, asking: Set<number>): boolean {
  return doc.sentences.some((s, i) => {
    if (!s.question && !asking.has(i)) return false;
    const words = sentenceTokens(doc, i).filter(isWord);
    const opener = words.findIndex((w) => OPENERS.has(w.lower));
    const choice = words.length >= 10 && weighsOptions(doc, i);
    return choice || (opener >= 0 && words.length - opener - 1 >= specificQuestionWords);
  });
}
