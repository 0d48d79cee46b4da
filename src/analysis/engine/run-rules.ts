import { textStats } from './stats.js';
import { parseText } from './text.js';
import type { CheckName, CheckResult, Doc, Finding, Rule, Severity } from './types.js';

/** Points a finding of each severity takes off the score. */
export const SCORE_PENALTY: Record<Severity, number> = { error: 30, warning: 10, info: 2 };

/**
 * The score of a check: 100 minus 30 per error, 10 per warning and 2 per info finding,
 * never below 0. One error already caps it at 70, so a failing text never scores high.
 */
export function scoreOf(findings: readonly Finding[]): number {
  return Math.max(0, 100 - findings.reduce((sum, f) => sum + SCORE_PENALTY[f.severity], 0));
}

/**
 * Runs the rules of `check` over a parsed text: each finding gets its rule id, the check and its
 * severity, offsets are clamped into the text, and findings are ordered by position.
 */
export function runRules<C>(check: CheckName, doc: Doc, rules: readonly Rule<C>[], ctx: C): Finding[] {
  const findings: Finding[] = [];
  const length = doc.text.length;
  for (const rule of rules) {
    for (const found of rule.check(doc, ctx)) {
      const start = Math.min(Math.max(0, found.start), length);
      const end = Math.min(Math.max(start, found.end), length);
      const finding: Finding = { rule: rule.id, check, severity: found.severity ?? rule.severity, message: found.message, start, end };
      if (found.suggestion !== undefined) finding.suggestion = found.suggestion;
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/**
 * Parses `text`, runs the rules of `check` and builds the result of SPEC §1.5: the verdict fails
 * iff any finding is an error. `verdicts` names the passing and failing verdict of the check.
 */
export function runCheck<V extends string, C>(
  check: CheckName,
  text: string,
  rules: readonly Rule<C>[],
  ctx: C,
  verdicts: { pass: V; fail: V },
): { result: CheckResult<V>; doc: Doc } {
  const doc = parseText(text);
  return { result: resultOf(doc, runRules(check, doc, rules, ctx), verdicts), doc };
}

/** The result for findings already made on `doc`. */
export function resultOf<V extends string>(doc: Doc, findings: Finding[], verdicts: { pass: V; fail: V }): CheckResult<V> {
  return {
    verdict: findings.some((f) => f.severity === 'error') ? verdicts.fail : verdicts.pass,
    score: scoreOf(findings),
    findings,
    stats: textStats(doc),
  };
}
