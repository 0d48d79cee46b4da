/** A finding's place and its suggested rewrite, as the checks report them. */
export interface RewriteTarget {
  start: number;
  end: number;
  suggestion: string;
}

/** A line that opens a message: "Hi Maya,", "Dear Sam", "Hello!". */
const GREETING = /^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n?]{0,60}\n+/i;
/** A closing paragraph: up to three short lines with no question ("Thanks,\nAlex"). */
const SIGN_OFF = /\n[ \t]*\n((?:[^\n?]{1,40}\n?){1,3})\s*$/;

/**
 * What applying a suggestion replaces. A suggestion that is a word or phrase ("15 minutes")
 * replaces the flagged span. A suggestion written as whole sentences ("I heard your talk on
 * [topic]. …?") is a rewrite of the message, so it replaces the message between its greeting
 * and its sign-off (both kept) rather than the few words that were flagged.
 */
export function rewriteRange(text: string, target: RewriteTarget): { from: number; to: number; whole: boolean } {
  const span = text.slice(target.start, target.end).trim();
  const sentence = /[.?!]["'”’)]?\s*$/;
  if (!sentence.test(target.suggestion) || sentence.test(span)) return { from: target.start, to: target.end, whole: false };
  let from = GREETING.exec(text)?.[0].length ?? 0;
  const closing = SIGN_OFF.exec(text.slice(from));
  let to = closing ? from + closing.index : text.length;
  if (target.start < from || target.end > to) {
    from = 0;
    to = text.length;
  }
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return { from, to, whole: true };
}
