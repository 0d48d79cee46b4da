import { type Action, type Diagnostic, forEachDiagnostic, linter } from '@codemirror/lint';
import type { EditorState, Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { CheckResult, Finding } from '../../../../src/analysis/engine/types.js';
import { checkInWorker } from './check-in-worker.js';
import type { CheckSpec } from './check-spec.js';
import { rewriteRange } from './rewrite-range.js';

/** Called with the text and its result each time the check has run; `null` while the text is blank. */
export type CheckListener = (text: string, result: CheckResult | null) => void;

/** How long typing must pause before the check runs, in milliseconds. */
export const CHECK_DELAY = 300;

/** The name of the lint action that applies a finding's suggestion. */
export const APPLY_REWRITE = 'Apply suggested rewrite';

/** Which finding each diagnostic came from, so the panel can find its underline after edits. */
const findingKey = (f: Finding) => `${f.rule}\u0000${f.start}\u0000${f.message}`;
const keys = new WeakMap<Diagnostic, string>();

/**
 * The lint extension that runs the check `spec` names once typing has paused (CodeMirror's
 * own debounce), in a worker, then underlines each finding with its severity and offers
 * "Apply suggested rewrite" for findings that carry a suggestion. Nothing runs per keystroke;
 * a blank text is not checked (an empty editor is not a message with errors), and a result
 * for a text that has changed since is dropped.
 */
export function checkLinter(spec: CheckSpec, onChecked: CheckListener): Extension {
  return linter(
    async (view) => {
      const doc = view.state.doc;
      const text = doc.toString();
      if (text.trim() === '') {
        onChecked(text, null);
        return [];
      }
      const result = await checkInWorker(spec, text);
      if (view.state.doc !== doc) return [];
      onChecked(text, result);
      return result.findings.map((f) => toDiagnostic(f, text.length));
    },
    { delay: CHECK_DELAY },
  );
}

function toDiagnostic(finding: Finding, length: number): Diagnostic {
  const from = Math.max(0, Math.min(finding.start, length));
  const to = Math.max(from, Math.min(finding.end, length));
  const actions: Action[] = [];
  const suggestion = finding.suggestion;
  if (suggestion) {
    actions.push({ name: APPLY_REWRITE, apply: (view, start, end) => applySuggestion(view, { start, end, suggestion }) });
  }
  const diagnostic: Diagnostic = {
    from,
    to,
    severity: finding.severity,
    message: finding.message,
    source: finding.rule,
    markClass: `cm-finding-${finding.rule}`,
    actions,
  };
  keys.set(diagnostic, findingKey(finding));
  return diagnostic;
}

/** Replaces what a suggestion rewrites (the span, or the message around it) and puts the cursor after it. */
export function applySuggestion(view: EditorView, target: { start: number; end: number; suggestion: string }): void {
  const { from, to } = rewriteRange(view.state.doc.toString(), target);
  view.dispatch({
    changes: { from, to, insert: target.suggestion },
    selection: { anchor: from + target.suggestion.length },
    scrollIntoView: true,
    userEvent: 'input.complete',
  });
  view.focus();
}

/**
 * Where a finding's underline is now: its diagnostic's current range when the editor still
 * shows it (edits since the check moved it), else its offsets clamped to the text.
 */
export function currentRange(state: EditorState, finding: Finding): { from: number; to: number } {
  const key = findingKey(finding);
  const found: Array<{ from: number; to: number }> = [];
  forEachDiagnostic(state, (d, from, to) => {
    if (keys.get(d) === key) found.push({ from, to });
  });
  const length = state.doc.length;
  return found[0] ?? { from: Math.min(finding.start, length), to: Math.min(finding.end, length) };
}
