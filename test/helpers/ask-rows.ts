import { describe, expect, it } from 'vitest';
import type { AskStage } from '../../src/analysis/checks/ask/ask-context.js';
import { checkAsk } from '../../src/analysis/checks/ask/check-ask.js';

/** A wording of the ask check: the stage, the text, the error rules it must raise, and the ones it must not. */
export type AskRow = [AskStage, string, string[], string[]];

/** One test per row: the ask check on its text at its stage raises every rule of `must` and none of `mustNot`. */
export function describeAskRows(title: string, rows: readonly AskRow[]): void {
  describe(title, () => {
    it.each(rows)('%s: %s', (stage, text, must, mustNot) => {
      const errors = checkAsk(text, { stage })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.rule);
      for (const rule of must) expect(errors, `must raise ${rule}`).toContain(rule);
      for (const rule of mustNot) expect(errors, `must not raise ${rule}`).not.toContain(rule);
    });
  });
}
