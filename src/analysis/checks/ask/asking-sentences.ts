import { slotRequestCues } from '../../data/ask-escalation.js';
import type { Doc } from '../../engine/types.js';
import { compile, phraseHits } from './loop-tokens.js';

const requestRegex = compile(slotRequestCues);

/**
 * Indexes of the sentences of an escalation that ask for something: questions and sentences
 * with a request phrase ("I'd love 15 minutes"). Read by `slot-too-long` and `vague-question`.
 */
export function askingSentences(doc: Doc): Set<number> {
  const asking = new Set(phraseHits(doc, requestRegex).map((h) => h.sentence));
  doc.sentences.forEach((s, i) => {
    if (s.question) asking.add(i);
  });
  return asking;
}
