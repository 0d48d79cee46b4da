import { Mark } from '@mantine/core';
import type { Ref } from 'react';

/** A piece of text, marked or not. */
export interface TextPiece {
  text: string;
  marked: boolean;
  /** Where the piece starts in the whole text. */
  start: number;
}

/**
 * Cuts `text` into plain and marked pieces from `[start, end)` ranges (UTF-16 offsets, end
 * exclusive). Ranges are clamped to the text, sorted and merged, so any offsets are safe; the
 * pieces always join back into `text`.
 */
export function splitByRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPiece[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const sorted = ranges
    .map(([s, e]) => [clamp(s), clamp(e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) pieces.push({ text: text.slice(at, from), marked: false, start: at });
    const last = pieces[pieces.length - 1];
    if (last?.marked && from === at) last.text += text.slice(from, e);
    else pieces.push({ text: text.slice(from, e), marked: true, start: from });
    at = e;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false, start: at });
  return pieces;
}

/**
 * Text with ranges wrapped in `<mark>`. Everything is rendered as text, never as HTML, so an
 * imported document cannot run code in the page. `firstMarkRef` gets the first mark, to scroll to it.
 */
export function HighlightedText({
  text,
  ranges,
  firstMarkRef,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  firstMarkRef?: Ref<HTMLElement>;
}) {
  const pieces = splitByRanges(text, ranges);
  const first = pieces.findIndex((p) => p.marked);
  return (
    <>
      {pieces.map((piece, i) =>
        piece.marked ? (
          <Mark key={piece.start} ref={i === first ? firstMarkRef : undefined}>
            {piece.text}
          </Mark>
        ) : (
          <span key={piece.start}>{piece.text}</span>
        ),
      )}
    </>
  );
}
