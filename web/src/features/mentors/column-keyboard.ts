import type { KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';

const step: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Keyboard dragging that jumps a whole column per arrow key: right or down to the next stage,
 * left or up to the previous one, in the board's order (`order()` gives the column ids).
 */
export function columnKeyboard(order: () => readonly UniqueIdentifier[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const direction = step[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const { active, over, collisionRect, droppableRects } = context;
    if (!active || !collisionRect) return undefined;
    const columns = order();
    const origin = over?.id ?? (active.data.current as { card?: { column: UniqueIdentifier } } | undefined)?.card?.column;
    const index = origin === undefined ? -1 : columns.indexOf(origin);
    const target = columns[Math.min(columns.length - 1, Math.max(0, index + direction))];
    const rect = target === undefined ? undefined : droppableRects.get(target);
    if (!rect) return undefined;
    return {
      x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2),
      y: rect.top + Math.min(48, Math.max(0, rect.height - collisionRect.height)),
    };
  };
}
