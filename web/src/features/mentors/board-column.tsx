import { useDroppable } from '@dnd-kit/core';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type BoardCard, type ColumnId, columnLabel } from './board-cards.js';
import { boardStages } from './board-stages.js';
import { MentorCard } from './mentor-card.js';

/** Cards a column renders at first and adds on each "show more": a large board stays fast. */
export const COLUMN_PAGE = 50;

/** Whether a column takes the card being dragged: a legal move, not one, or no drag going on. */
export type DropState = 'legal' | 'illegal' | null;

/**
 * One stage of the board: a drop target holding its cards, rendered fifty at a time. While a
 * card is dragged, a column it may not move to is dimmed and says so (the server still decides).
 */
export function BoardColumn({ column, cards, drop = null }: { column: ColumnId; cards: readonly BoardCard[]; drop?: DropState }) {
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const [shown, setShown] = useState(COLUMN_PAGE);
  const label = columnLabel(column);
  const hint = column === 'none' ? 'Imported or added without a relationship' : boardStages.find((s) => s.stage === column)?.hint;
  const headingId = `column-${column}`;
  const count = `${cards.length} in ${label}`;
  const background = isOver && drop !== 'illegal' ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)';
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      data-column={column}
      withBorder
      radius="md"
      p={6}
      bg={background}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 160, minWidth: 0, opacity: drop === 'illegal' ? 0.45 : 1 }}
    >
      <Group justify="space-between" gap={4} mb={2}>
        <Text id={headingId} component="h3" fw={700} size="sm" m={0}>
          {label}
        </Text>
        <Badge
          size="sm"
          variant="default"
          role="note"
          aria-label={count}
          title={`${count}: ${hint}.`}
          style={{ flexShrink: 0, cursor: 'help' }}
        >
          {cards.length}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb={6}>
        {drop === 'illegal' ? 'Not a move the loop allows from there' : hint}
      </Text>
      <Stack gap={6} style={{ maxHeight: 380, overflowY: 'auto', flex: 1 }}>
        {cards.slice(0, shown).map((card) => (
          <MentorCard key={card.key} card={card} />
        ))}
        {cards.length > shown && (
          <Button variant="subtle" size="xs" onClick={() => setShown((n) => n + COLUMN_PAGE)}>
            Show {Math.min(COLUMN_PAGE, cards.length - shown)} more in {label}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
