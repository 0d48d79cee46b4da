import { type Diagnostic, forEachDiagnostic } from '@codemirror/lint';
import type { EditorState, Extension } from '@codemirror/state';
import { type Panel, showPanel, type ViewUpdate } from '@codemirror/view';

const HINT = 'Move the cursor onto an underline to see what it means.';

const rank = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** The explanation of the finding under the cursor (the most severe, then the narrowest), or the hint. */
function explanationAt(state: EditorState): string {
  const head = state.selection.main.head;
  const under: Array<{ d: Diagnostic; width: number }> = [];
  forEachDiagnostic(state, (d, from, to) => {
    if (head >= from && head <= to) under.push({ d, width: to - from });
  });
  under.sort((a, b) => rank[a.d.severity] - rank[b.d.severity] || a.width - b.width);
  const found = under[0]?.d;
  return found ? `${found.source ? `${found.source}: ` : ''}${found.message}` : HINT;
}

/**
 * A line under the editor that explains the finding at the cursor, so the explanation shows
 * when moving through the text with the keyboard as well as when hovering an underline. It is
 * a polite live region: screen readers announce it when it changes.
 */
export function cursorExplanation(): Extension {
  return showPanel.of((view): Panel => {
    const dom = document.createElement('div');
    dom.className = 'cm-cursor-explanation';
    dom.setAttribute('role', 'status');
    dom.setAttribute('aria-live', 'polite');
    dom.textContent = explanationAt(view.state);
    return {
      dom,
      update(update: ViewUpdate) {
        if (!update.selectionSet && !update.docChanged && update.transactions.every((tr) => tr.effects.length === 0)) return;
        const text = explanationAt(update.state);
        if (dom.textContent !== text) dom.textContent = text;
      },
    };
  });
}
