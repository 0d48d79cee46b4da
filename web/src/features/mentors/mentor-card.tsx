import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'wouter';
import type { BoardCard } from './board-cards.js';
import { boardStages, STALLING_DAYS } from './board-stages.js';

/** Who the mentor is, in one line: "Head of Monetization, Fernway". */
export function roleLine(card: Pick<BoardCard, 'mentor'>): string {
  return [card.mentor.title, card.mentor.company].filter(Boolean).join(', ');
}

/** How long the card has been in its column, in words. */
export function daysText(days: number | null): string {
  if (days === null) return 'not started';
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * What a card's days badge means and what to do next: how long in which stage, whether that is
 * stalling (orange), and the stage's next step. Both its tooltip and its accessible name.
 */
export function daysExplanation(card: Pick<BoardCard, 'column' | 'days'>): string {
  const stage = boardStages.find((s) => s.stage === card.column);
  if (card.days === null || !stage) return 'Not started: no relationship yet. To start one, drop the card on Prospect.';
  const stalling = card.days > STALLING_DAYS ? ` Over ${STALLING_DAYS} days in one stage: it is stalling.` : '';
  return `${daysText(card.days)} in ${stage.label} (${stage.hint.toLowerCase()}).${stalling} Next: ${stage.todo}`;
}

/** How long the card has been in its stage, with what that means and what to do as its tooltip and name. */
function DaysBadge({ card }: { card: BoardCard }) {
  const explanation = daysExplanation(card);
  return (
    <Badge
      size="xs"
      variant="light"
      color={card.days !== null && card.days > STALLING_DAYS ? 'orange' : 'gray'}
      role="note"
      aria-label={explanation}
      title={explanation}
      data-badge="days"
      style={{ cursor: 'help', flexShrink: 0 }}
    >
      {daysText(card.days)}
    </Badge>
  );
}

/** Who the mentor is, in at most two lines. */
function RoleText({ card }: { card: BoardCard }) {
  return (
    <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
      {roleLine(card) || '—'}
    </Text>
  );
}

/** What a card shows, also used for the copy that follows the pointer while dragging. */
export function CardBody({ card }: { card: BoardCard }) {
  return (
    <>
      <RoleText card={card} />
      <Group mt={4}>
        <DaysBadge card={card} />
      </Group>
    </>
  );
}

/**
 * A mentor on the board: the name over the whole width (columns are narrow at 1024 px), who
 * they are, and a row with the days badge and the grip. The whole card can be dragged with the
 * pointer; the grip button picks it up from the keyboard (Space, then the arrow keys, Space to
 * drop, Escape to cancel).
 */
export const MentorCard = memo(function MentorCard({ card }: { card: BoardCard }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.key, data: { card } });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p={6}
      radius="sm"
      data-card={card.mentor.name}
      onPointerDown={(event) => listeners?.onPointerDown?.(event)}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none' }}
    >
      <Anchor
        component={Link}
        href={`/mentors/${encodeURIComponent(card.mentor.id)}`}
        size="sm"
        fw={600}
        lineClamp={3}
        style={{ overflowWrap: 'anywhere' }}
      >
        {card.mentor.name}
      </Anchor>
      <RoleText card={card} />
      <Group justify="space-between" wrap="nowrap" gap={4} mt={4}>
        <DaysBadge card={card} />
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
    </Paper>
  );
});
