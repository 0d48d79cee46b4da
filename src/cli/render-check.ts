import { styleText } from 'node:util';
import { lineColumn } from '../analysis/engine/text.js';
import type { CheckResult, Finding, TextStats } from '../analysis/engine/types.js';
import { plural } from './output.js';

type Style = Parameters<typeof styleText>[0];

/** Colours only on a terminal, so piped output stays plain. */
function paint(style: Style, text: string, color: boolean): string {
  return color ? styleText(style, text) : text;
}

const severityStyle: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/**
 * Formats findings like a linter: `source:line:col  severity  rule  message`, then the line
 * of the text with the span underlined, and the suggested rewrite when there is one.
 */
export function renderFindings(text: string, findings: readonly Finding[], source: string, color: boolean): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const f of findings) {
    const { line, column } = lineColumn(text, f.start);
    const severity = paint(severityStyle[f.severity], f.severity.padEnd(7), color);
    out.push(`${source}:${line}:${column}  ${severity}  ${paint('bold', f.rule, color)}  ${f.message}`);
    const content = lines[line - 1] ?? '';
    if (content.trim() !== '') {
      const shown = content.length > 160 ? `${content.slice(0, 157)}…` : content;
      const width = Math.max(1, Math.min(f.end - f.start, shown.length - column + 1));
      out.push(`    ${shown}`);
      if (column <= shown.length) out.push(`    ${' '.repeat(column - 1)}${paint(severityStyle[f.severity], '^'.repeat(width), color)}`);
    }
    if (f.suggestion) out.push(`    suggestion: ${f.suggestion}`);
  }
  return out.join('\n');
}

/** One summary line: the verdict, the score and the figures of the text. */
export function renderSummary(
  verdict: string,
  passed: boolean,
  score: number | null,
  stats: TextStats | undefined,
  color: boolean,
): string {
  const mark = passed ? paint('green', `✓ ${verdict}`, color) : paint('red', `✗ ${verdict}`, color);
  const parts = [mark];
  if (score !== null) parts.push(`score ${score}`);
  if (stats) {
    parts.push(
      plural(stats.words, 'word'),
      plural(stats.sentences, 'sentence'),
      plural(stats.questions, 'question'),
      `grade ${stats.readingGrade}`,
      `~${stats.readSeconds} s to read`,
    );
  }
  return parts.join(' · ');
}

/** The verdicts that pass their check: every other verdict fails it (exit code 1). */
const passingVerdicts = new Set(['pass', 'concrete', 'specific', 'grateful']);

/** True when `verdict` passes its check. */
export function isPassing(verdict: string): boolean {
  return passingVerdicts.has(verdict);
}

/**
 * A check result as `check …` prints it: the findings like a linter (left out when `quiet`),
 * any `extra` lines, then the summary line with the verdict.
 */
export function renderCheckResult(
  result: CheckResult,
  text: string,
  source: string,
  color: boolean,
  options: { quiet?: boolean; extra?: string } = {},
): string {
  return [
    options.quiet ? '' : renderFindings(text, result.findings, source, color),
    options.extra ?? '',
    renderSummary(result.verdict, isPassing(result.verdict), result.score, result.stats, color),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
