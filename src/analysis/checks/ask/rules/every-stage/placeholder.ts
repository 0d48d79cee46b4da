import { findPlaceholders } from '../../../../engine/placeholders.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';

/** Messages of the `placeholder` rule. */
export const messages = {
  found: (blank: string) =>
    `"${blank}" is a blank of the template, not part of a message: it names nothing. Fill it in with the real talk, advice, place or number before you send it.`,
};

/**
 * Warns about each unfilled blank of a template (`[Topic]`, `<name>`, `{result}`, `XX%`,
 * `TBD`), at every stage. The part a blank stands for counts as missing for the other rules,
 * so a template with its blanks still in fails where the filled-in message would pass.
 */
export const placeholder: Rule<AskContext> = {
  id: 'placeholder',
  description:
    'Warns about each unfilled blank of a template ([Topic], <name>, {result}, XX%, TBD); the part it stands for counts as missing.',
  severity: 'warning',
  check(doc) {
    return findPlaceholders(doc).map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)) }));
  },
};
