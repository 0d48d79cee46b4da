/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

/** How much a finding matters: an `error` fails the check, the others only advise. */
export type Severity = 'error' | 'warning' | 'info';

/** The checks whose rules report findings (SPEC §1.1, §1.5), as each finding names its own. */
export const checkNames = ['goal', 'ask', 'feedback-request', 'feedback-reply'] as const;

/** A check whose rules report findings. */
export type CheckName = (typeof checkNames)[number];

/**
 * One problem found in a text, with where it is (UTF-16 offsets into the original text, end
 * exclusive), a message that names the problem and the remedy, and an optional rewrite.
 */
export interface Finding {
  rule: string;
  /**
   * The check whose rule it is: two checks may hold a rule of the same id (`gratitude` of the
   * ask check at circle-back and of the feedback-reply check), and this tells them apart.
   */
  check: CheckName;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  suggestion?: string;
}

/** What a rule reports; the runner adds the rule id, its check and its default severity. */
export type RuleFinding = Omit<Finding, 'rule' | 'check' | 'severity'> & { severity?: Severity };

/** A word, number or punctuation mark of the text, with its offsets. */
export interface Token {
  text: string;
  /** Lower-cased, with typographic quotes and dashes folded to ASCII. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A sentence with its offsets and the range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token and one past its last in `Doc.tokens`. */
  firstToken: number;
  endToken: number;
  /** True when the sentence ends with a question mark. */
  question: boolean;
}

/** The parsed text every rule reads; rules never tokenise on their own. */
export interface Doc {
  text: string;
  /** `text` lower-cased with quotes, dashes and spaces folded, offsets unchanged. */
  lower: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Tokens that are words or numbers, in order. */
  words: Token[];
  /** True when the input was longer than the part read (`text` is then its beginning). */
  truncated: boolean;
  /** What the rules worked out from this text, kept for the other rules (see `memo`). */
  cache: Map<unknown, unknown>;
  /** What the shared analyses worked out from this text, one slot each (see `perDoc`). */
  slots: unknown[];
}

/** One rule of a check: a stable id, what it looks for, and how it finds it. */
export interface Rule<C = unknown> {
  id: string;
  description: string;
  severity: Severity;
  check(doc: Doc, ctx: C): RuleFinding[];
}

/** Figures about a text shown beside the findings. */
export interface TextStats {
  words: number;
  sentences: number;
  questions: number;
  /** Flesch–Kincaid grade level. */
  readingGrade: number;
  /** Seconds to read at 200 words a minute. */
  readSeconds: number;
}

/** The result every check returns (SPEC §1.5). */
export interface CheckResult<V extends string = string> {
  verdict: V;
  score: number;
  findings: Finding[];
  stats: TextStats;
}
