import { firstTokenAtOrAfter } from '../../../engine/positions.js';
import type { Rule, RuleFinding } from '../../../engine/types.js';
import { type DefenceKind, readReply } from '../read-reply.js';

const DOES: Record<DefenceKind, string> = {
  justifies: 'justifies the behaviour',
  contradicts: 'contradicts the feedback',
  blames: 'blames someone or something else',
  minimises: 'minimises the problem',
  qualifies: 'takes the thanks back with a "yes, but"',
};

/** Messages of the `defensive` rule. */
export const messages = {
  found: (cue: string, kind: DefenceKind) =>
    `"${cue}" ${DOES[kind]}; a defensive reply teaches people to stop telling you. Drop the explanation and keep the thanks and what you will change.`,
};

/** The grateful rewrite: thanks, and the writer's own commitment when there is one. */
export function gratefulRewrite(commitment: string | undefined): string {
  const next = commitment ? commitment.replace(/^i /, 'I ') : "I'll work on it";
  return `Thank you, that's useful; ${/^(i|I)\b|^I'/.test(next) ? next : `I'll ${next}`}.`;
}

/** Fails a reply that justifies, contradicts, blames or minimises instead of taking the feedback. */
export const defensive: Rule = {
  id: 'defensive',
  description: 'Fails a reply to feedback that justifies, contradicts, blames or minimises ("but", "to be fair", "in my defence").',
  severity: 'error',
  check(doc) {
    const reading = readReply(doc);
    const suggestion = gratefulRewrite(reading.commitment);
    const seen = new Set<number>();
    const findings: RuleFinding[] = [];
    for (const d of reading.defences) {
      const sentence = doc.tokens[firstTokenAtOrAfter(doc, d.start)]?.sentence ?? -1;
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      findings.push({ start: d.start, end: d.end, message: messages.found(d.cue, d.kind), suggestion });
    }
    return findings;
  },
};
