/**
 * Signs in the text that no circle-back has happened: the advice never tried ("I haven't been
 * able to try it yet"), the two never in contact ("we haven't spoken before"), no report yet.
 * An escalation fails on them (`no-circle-back`), and no result can be recalled (`prior-context`).
 */
import {
  contactAdverbs,
  contactClosers,
  contactDenials,
  contactFillers,
  contactPeople,
  contactSubjects,
  contactVerbs,
  noCircleBackPhrases,
  notYetFillers,
  notYetWords,
  tryingVerbs,
  unreportedPhrases,
} from '../../data/ask-escalation.js';
import { memo } from '../../engine/memo.js';
import { firstTokenAtOrAfter } from '../../engine/positions.js';
import type { Doc, Token } from '../../engine/types.js';
import { compile, type Hit, isWord, phraseHits } from './loop-tokens.js';
import { gated } from './request-language.js';

const signRegex = compile(noCircleBackPhrases);
const unreportedRegex = compile(unreportedPhrases);
/** "haven't got round to trying your …", "not yet applied it": a denial, filler words, a verb of trying, then the advice. */
const notTriedRegex = new RegExp(
  `(?<![\\p{L}])(?:${notYetWords.join('|')})(?: (?:${notYetFillers.join('|')})){0,5} (?:${tryingVerbs.join('|')})(?: (?:on|with|out))? (?:your|ur|it|this|them|yet)(?![\\p{L}])`,
  'gu',
);
const words = (list: readonly string[]) => list.map((p) => p.replace(/ /g, '\\s{1,3}')).join('|');
/** "we haven't actually spoken", "we've never properly met", "I've not yet been in touch": the two people, a denial, fillers, then a verb of contact. */
const contactRegex = gated(
  new RegExp(
    `(?<![\\p{L}])(?:${words(contactSubjects)})(?:\\s{1,3}(?:${words(contactAdverbs)}))?\\s{1,3}(?:${words(contactDenials)})(?:\\s{1,3}(?:${words(contactFillers)})){0,4}\\s{1,3}(?:${words(contactVerbs)})(?![\\p{L}])`,
    'gu',
  ),
  contactSubjects,
);
const CLOSERS = new Set(contactClosers);
const PEOPLE = new Set(contactPeople);
/** Most words read after a contact verb: the people ("to each other") and a closer ("before"). */
const closingSpan = 4;

/**
 * Where the text shows no circle-back has happened ("we haven't spoken before", "I haven't been
 * able to try it yet"), or undefined. Then no earlier advice can have a result to recall either.
 */
export function noCircleBackSign(doc: Doc): Hit | undefined {
  return memo(doc, noCircleBackSign, () => untriedSign(doc) ?? phraseHits(doc, unreportedRegex)[0]);
}

/**
 * Where the text shows the advice was never tried or the two never spoke ("I haven't been able
 * to try it yet", "we haven't met"), or undefined: then no earlier advice has a result to recall.
 * A report back that never came is no such sign; the advice may have been tried.
 */
export function untriedSign(doc: Doc): Hit | undefined {
  return memo(doc, untriedSign, () => {
    return (
      phraseHits(doc, signRegex)[0] ??
      phraseHits(doc, contactRegex).find((h) => neverInContact(doc, h)) ??
      phraseHits(doc, notTriedRegex)[0]
    );
  });
}

/**
 * True when the denied contact is between the two people: what follows the verb is the end of
 * the clause, the people themselves or a closer ("… spoken before", "… met you yet"), not a
 * topic, a time or someone else ("spoken about pricing", "talked since March", "met the target").
 */
function neverInContact(doc: Doc, hit: Hit): boolean {
  let i = firstTokenAtOrAfter(doc, hit.end);
  for (let step = 0; step < closingSpan; step++) {
    const token = doc.tokens[i] as Token | undefined;
    if (token === undefined || token.sentence !== hit.sentence || !isWord(token)) return true;
    const one = token.lower;
    const two = `${one} ${doc.tokens[i + 1]?.lower ?? ''}`;
    const three = `${two} ${doc.tokens[i + 2]?.lower ?? ''}`;
    if (CLOSERS.has(one) || CLOSERS.has(two)) return true;
    const people = [three, two, one].find((p) => PEOPLE.has(p));
    if (people === undefined) return false;
    i += people.split(' ').length;
  }
  return false;
}
