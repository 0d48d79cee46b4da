import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { Box } from '@mantine/core';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import type { Finding } from '../../../../src/analysis/engine/types.js';
import { applySuggestion, type CheckListener, checkLinter, currentRange } from './check-linter.js';
import type { CheckSpec } from './check-spec.js';
import { cursorExplanation } from './cursor-explanation.js';

/** What a page can do with the editor: read and replace its text, jump to a finding. */
export interface CheckedEditorHandle {
  getText(): string;
  /** Replaces the whole text (undoable). */
  setText(text: string): void;
  /** Puts the cursor at the start of a finding's underline and focuses the editor. */
  showFinding(finding: Finding): void;
  /** Applies a finding's suggestion, as the lint action does. */
  applyFinding(finding: Finding): void;
}

/** Props of `CheckedEditor`. */
export interface CheckedEditorProps {
  /** The accessible name of the text area. */
  label: string;
  /** The check to run; a spec with other values (another stage) runs the new check. */
  check: CheckSpec;
  onChecked: CheckListener;
  initialText?: string;
  placeholderText?: string;
  ref?: Ref<CheckedEditorHandle>;
}

const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-sm)',
    backgroundColor: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-text)',
    fontSize: 'var(--mantine-font-size-sm)',
  },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '1px' },
  '.cm-content': { minHeight: '12rem', padding: '0.75rem', fontFamily: 'var(--mantine-font-family)', lineHeight: '1.6' },
  '.cm-scroller': { maxHeight: '28rem' },
  '.cm-panels': { backgroundColor: 'var(--mantine-color-default-hover)', color: 'var(--mantine-color-text)' },
  '.cm-cursor-explanation': { padding: '0.35rem 0.75rem', fontSize: 'var(--mantine-font-size-xs)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-text)',
    border: '1px solid var(--mantine-color-default-border)',
    maxWidth: '28rem',
  },
  '.cm-diagnosticSource': { opacity: 0.75 },
});

/**
 * A plain-text editor (CodeMirror 6) that runs a message check once typing pauses: findings
 * are underlined by severity, hovering an underline or moving the cursor onto it explains it,
 * and findings with a suggestion offer "Apply suggested rewrite". Shared by Compose and Mirror.
 */
export function CheckedEditor({ label, check, onChecked, initialText = '', placeholderText, ref }: CheckedEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const lint = useRef(new Compartment());
  const name = useRef(new Compartment());
  const listener = useRef(onChecked);
  listener.current = onChecked;
  const first = useRef({ check, initialText, label, placeholderText });
  const specKey = JSON.stringify(check);

  useEffect(() => {
    if (!host.current) return;
    const start = first.current;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: start.initialText,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          name.current.of(EditorView.contentAttributes.of({ 'aria-label': start.label })),
          start.placeholderText ? placeholder(start.placeholderText) : [],
          lint.current.of(checkLinter(start.check, (text, result) => listener.current(text, result))),
          cursorExplanation(),
          theme,
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  // A new check (another stage, another relationship) replaces the linter, which runs it again.
  useEffect(() => {
    const current = view.current;
    const spec = JSON.parse(specKey) as CheckSpec;
    if (!current || specKey === JSON.stringify(first.current.check)) return;
    first.current.check = spec;
    current.dispatch({ effects: lint.current.reconfigure(checkLinter(spec, (text, result) => listener.current(text, result))) });
  }, [specKey]);

  // The accessible name follows the page (an ask, then an escalation).
  useEffect(() => {
    const current = view.current;
    if (!current || label === first.current.label) return;
    first.current.label = label;
    current.dispatch({ effects: name.current.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label })) });
  }, [label]);

  useImperativeHandle(
    ref,
    () => ({
      getText: () => view.current?.state.doc.toString() ?? '',
      setText(text) {
        const current = view.current;
        if (!current) return;
        current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text }, selection: { anchor: 0 } });
        current.focus();
      },
      showFinding(finding) {
        const current = view.current;
        if (!current) return;
        const { from } = currentRange(current.state, finding);
        current.dispatch({ selection: { anchor: from }, scrollIntoView: true });
        current.focus();
      },
      applyFinding(finding) {
        const current = view.current;
        if (!current || !finding.suggestion) return;
        const { from, to } = currentRange(current.state, finding);
        applySuggestion(current, { start: from, end: to, suggestion: finding.suggestion });
      },
    }),
    [],
  );

  return <Box ref={host} data-testid="checked-editor" />;
}
