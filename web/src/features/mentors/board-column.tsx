import { useDroppable } from '@dnd-kit/core';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type BoardCard, type ColumnId, columnLabel } from './board-cards.js';
import { boardStages } from './board-stages.js';
import { MentorCard } from './mentor-card.js';

/** Cards a column renders at first and adds on each "show more": a large board stays fast. */
export const COLUMN_PAGE = 50;

/** One stage of the board: a drop target holding its cards, rendered fifty at a time. */
export function BoardColumn({ column, cards }: { column: ColumnId; cards: readonly BoardCard[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const [shown, setShown] = useState(COLUMN_PAGE);
  const label = columnLabel(column);
  const hint = column === 'none' ? 'Imported or added without a relationship' : boardStages.find((s) => s.stage === column)?.hint;
  const headingId = `column-${column}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="xs"
      bg={isOver ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)'}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 160 }}
    >
      <Group justify="space-between" wrap="nowrap" mb={2}>
        <Text id={headingId} component="h3" fw={700} size="sm" m={0}>
          {label}
        </Text>
        <Badge size="sm" variant="default" aria-label={`${cards.length} in ${label}`}>
          {cards.length}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {hint}
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
