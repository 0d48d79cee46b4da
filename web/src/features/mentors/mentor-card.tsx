import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'wouter';
import type { BoardCard } from './board-cards.js';

/** Who the mentor is, in one line: "Head of Monetization, Fernway". */
export function roleLine(card: Pick<BoardCard, 'mentor'>): string {
  return [card.mentor.title, card.mentor.company].filter(Boolean).join(', ');
}

/** How long the card has been in its column, in words. */
export function daysText(days: number | null): string {
  if (days === null) return 'not started';
  return days === 1 ? '1 day' : `${days} days`;
}

/** What a card shows, also used for the copy that follows the pointer while dragging. */
export function CardBody({ card }: { card: BoardCard }) {
  return (
    <>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {roleLine(card) || '—'}
      </Text>
      <Badge size="xs" variant="light" color={card.days !== null && card.days > 30 ? 'orange' : 'gray'} mt={4}>
        {daysText(card.days)}
      </Badge>
    </>
  );
}

/**
 * A mentor on the board. The whole card can be dragged with the pointer; the grip button
 * picks it up from the keyboard (Space, then the arrow keys, Space to drop, Escape to cancel).
 */
export const MentorCard = memo(function MentorCard({ card }: { card: BoardCard }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.key, data: { card } });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      radius="sm"
      data-card={card.mentor.name}
      onPointerDown={(event) => listeners?.onPointerDown?.(event)}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none' }}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor component={Link} href={`/mentors/${encodeURIComponent(card.mentor.id)}`} size="sm" fw={600} lineClamp={2}>
          {card.mentor.name}
        </Anchor>
        <ActionIcon
          ref={setActivatorNodeRef}
          {...attributes}
          onKeyDown={(event) => listeners?.onKeyDown?.(event)}
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Move ${card.mentor.name}`}
        >
          <span aria-hidden>⠿</span>
        </ActionIcon>
      </Group>
      <CardBody card={card} />
    </Paper>
  );
});
