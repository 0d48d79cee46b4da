/**
 * Where a message asks someone to be a mentor, for mentorship, or to take a guiding role. The
 * first contact fails on it (`mentorship-request`); a follow-up that adds one makes a new ask;
 * and an ongoing commitment in the same sentence is that mentorship, not a big favour as well.
 */
import {
  guidedStretches,
  guideRoleClauses,
  guideRoles,
  guideThroughVerbs,
  guideVerbObjects,
  guideVerbs,
  mentorshipPhrases,
  ownGuideRoles,
  roleVerbs,
  seekingVerbs,
} from '../../data/ask.js';
import { findAll } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span, Token } from '../../engine/types.js';
import {
  alt,
  END,
  gap,
  gated,
  isDenied,
  onePerSentence,
  phrasesRegex,
  requestedMatches,
  requestSentences,
  wordRegex,
} from './request-language.js';

const pattern = phrasesRegex(mentorshipPhrases);
/**
 * A guiding role asked of them ("be the person who guides me", "become someone I can turn to",
 * "act as a steady voice to coach me"): a verb taking a role, the role, and what it does for the writer.
 */
const roleRegex = (verbs: readonly string[]) =>
  gated(
    wordRegex(
      `(?:${alt(verbs)})\\s{1,3}(?:(?:the|a|an|my|that|this|kind\\s{1,3}of|sort\\s{1,3}of)\\s{1,3}){0,2}${gap(2)}(?:${alt(guideRoles)})\\s{1,3}(?:(?:who|that|to|whom)\\s{1,3})?(?:(?:can|could|would|will|might)\\s{1,3})?(?:(?:${alt(guideVerbs)})\\s{1,3}(?:${alt(guideVerbObjects)})|(?:${alt(guideRoleClauses)}))${END}`,
    ),
    verbs,
  );
const guidingRole = roleRegex(roleVerbs);
const seekingRole = roleRegex(seekingVerbs);
/** "be my go-to guide", "become our coach": a guiding role made the writer's own asks for it outright. */
const ownGuide = gated(wordRegex(`(?:${alt(roleVerbs)})\\s{1,3}(?:my|our)\\s{1,3}${gap(2)}(?:${alt(ownGuideRoles)})${END}`), roleVerbs);
const guidedThrough = gated(
  wordRegex(
    `(?:${alt(guideThroughVerbs)})\\s{1,3}(?:me|us)\\s{1,3}(?:through|over|across|during|along|in)\\s{1,3}(?:(?:this|my|the|these|those|that|our|a)\\s{1,3})?(?:(?:first|next|coming|early|initial|new|few|couple|of|whole|rest|entire|upcoming|tricky|hard|big)\\s{1,3}){0,3}(?:(?:\\p{N}{1,3}|two|three|six|twelve)\\s{1,3})?(?:${alt(guidedStretches)})${END}(?!\\s{1,3}(?:of|at|in)\\s{1,3}(?:the|that|its|their|his|her|${alt(['your'])})${END})`,
  ),
  guideThroughVerbs,
);

/**
 * True when the writer is the one seeking ("I'm hoping to find someone who…"), not a report of
 * what someone said ("you said to find someone who can coach me").
 */
function seeksForSelf(doc: Doc, start: number): boolean {
  const at = tokenIndexAt(doc, start);
  const sentence = doc.tokens[at]?.sentence;
  let self = false;
  for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence) break;
    if (/^(?:you|u|ya|your|ur|he|she|they)$/.test(t.lower)) return false;
    if (/^(?:i|i'm|im|we|we're|were|i've|we've)$/.test(t.lower)) self = true;
  }
  return self;
}

/**
 * Where `doc` asks someone to be a mentor or for mentorship ("be my mentor", "mentor me",
 * "looking for a mentor"), or, in a request, to take a guiding role ("be the person who guides
 * me", "someone I can turn to") or to guide them through a stretch of time ("guide me through
 * this first year"); one span per sentence. Negated asks ("I'm not looking for a mentor") do
 * not count. Shared with the follow-up stage, where it is a new ask.
 */
export function findMentorshipRequests(doc: Doc): Span[] {
  return memo(doc, 'mentorship', () => collectMentorshipRequests(doc));
}

function collectMentorshipRequests(doc: Doc): Span[] {
  const requests = requestSentences(doc);
  return onePerSentence(doc, [
    ...findAll(doc, pattern).filter((s) => !isDenied(doc, s.start)),
    ...findAll(doc, seekingRole).filter((s) => !isDenied(doc, s.start) && seeksForSelf(doc, s.start)),
    ...requestedMatches(doc, guidingRole, requests),
    ...requestedMatches(doc, ownGuide, requests),
    ...requestedMatches(doc, guidedThrough, requests),
  ]);
}
