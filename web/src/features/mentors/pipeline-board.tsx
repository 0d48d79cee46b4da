import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Box, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { showDone, showError, showRefusal } from '../../api/show-error.js';
import { type BoardCard, type ColumnId, cardsByColumn, columnLabel } from './board-cards.js';
import { BoardColumn, type DropState } from './board-column.js';
import { boardStages } from './board-stages.js';
import { columnKeyboard } from './column-keyboard.js';
import { CardBody } from './mentor-card.js';
import { useMoveRelationship, useStageMoves, useStartRelationship } from './use-mentors.js';

const cardOf = (data: { current?: unknown } | undefined) => (data?.current as { card?: BoardCard } | undefined)?.card;
const columnName = (id: unknown) => columnLabel(String(id) as ColumnId);

/** Pointer drops go to the column under the pointer; keyboard drops to the column the card overlaps most. */
const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** What a screen reader hears while a card is dragged. */
const announcements: Announcements = {
  onDragStart: ({ active }) => {
    const card = cardOf(active.data);
    return card ? `Picked up ${card.mentor.name} from ${columnName(card.column)}.` : undefined;
  },
  onDragOver: ({ active, over }) => {
    const card = cardOf(active.data);
    if (!card) return undefined;
    return over ? `${card.mentor.name} is over ${columnName(over.id)}.` : `${card.mentor.name} is not over a column.`;
  },
  onDragEnd: ({ active, over }) => {
    const card = cardOf(active.data);
    if (!card) return undefined;
    if (!over || over.id === card.column) return `${card.mentor.name} stays in ${columnName(card.column)}.`;
    return `${card.mentor.name} dropped on ${columnName(over.id)}; saving the move.`;
  },
  onDragCancel: ({ active }) => {
    const card = cardOf(active.data);
    return card ? `Moving ${card.mentor.name} was cancelled; it stays in ${columnName(card.column)}.` : undefined;
  },
};

const instructions = {
  draggable:
    'To move a mentor to another stage, press Space or Enter to pick the card up, use the arrow keys to go to the next or previous stage, press Space or Enter again to drop it, or Escape to cancel.',
};

const active = boardStages.filter((s) => !s.parked).map((s) => s.stage);
const parked = boardStages.filter((s) => s.parked).map((s) => s.stage);

/**
 * The pipeline by stage: the loop's own stages in one row, and apart from it the mentors not in
 * the loop (no relationship yet, dormant, declined). A card dropped on another column asks the
 * server to move the relationship; while it is dragged, the columns the rules do not allow from
 * its stage are dimmed, and a move the server refuses snaps back and shows its reason.
 */
export function PipelineBoard({ cards }: { cards: readonly BoardCard[] }) {
  const columns = useMemo(() => cardsByColumn(cards), [cards]);
  const outside: ColumnId[] = useMemo(() => [...((columns.get('none')?.length ?? 0) > 0 ? (['none'] as const) : []), ...parked], [columns]);
  const order: ColumnId[] = useMemo(() => (outside[0] === 'none' ? ['none', ...active, ...parked] : [...active, ...parked]), [outside]);
  const moves = useStageMoves();
  const orderRef = useRef(order);
  orderRef.current = order;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboard(() => orderRef.current) }),
  );
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const move = useMoveRelationship();
  const start = useStartRelationship();
  const dropState = (column: ColumnId): DropState => {
    if (!dragged || column === dragged.column) return null;
    const legal = dragged.column === 'none' ? ['prospect'] : (moves.data?.[dragged.column] ?? null);
    if (!legal) return null;
    return (legal as ColumnId[]).includes(column) ? 'legal' : 'illegal';
  };
  const columnOf = (column: ColumnId) => (
    <BoardColumn key={column} column={column} cards={columns.get(column) ?? []} drop={dropState(column)} />
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = cardOf(active.data);
    if (!card || !over || over.id === card.column) return;
    const to = String(over.id) as ColumnId;
    const name = card.mentor.name;
    if (to === 'none') {
      showRefusal(`${name} was not moved`, 'A relationship stays on the board; move it to Dormant or Declined instead.');
      return;
    }
    if (card.relationshipId === null) {
      if (to !== 'prospect') {
        showRefusal(`${name} was not moved`, 'Every relationship starts at Prospect: drop the card on Prospect first.');
        return;
      }
      start.mutate(card.mentor.id, {
        onSuccess: () => showDone(`Started a relationship with ${name} at Prospect`),
        onError: (error) => showError(`Could not start a relationship with ${name}`, error),
      });
      return;
    }
    move.mutate(
      { id: card.relationshipId, to },
      {
        onSuccess: () => showDone(`${name} moved to ${columnLabel(to)}`),
        onError: (error) => showError(`${name} stays in ${columnLabel(card.column)}`, error),
      },
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
      onDragStart={({ active }) => setDragged(cardOf(active.data) ?? null)}
      onDragCancel={() => setDragged(null)}
      onDragEnd={onDragEnd}
    >
      <Stack gap="md">
        <Box component="section" aria-label="The loop">
          <SimpleGrid cols={{ base: 2, sm: 4, md: active.length }} spacing={8} verticalSpacing={8}>
            {active.map(columnOf)}
          </SimpleGrid>
        </Box>
        <Box component="section" aria-labelledby="board-outside">
          <Text id="board-outside" component="h3" size="sm" fw={700} c="dimmed" m={0} mb={4}>
            Outside the loop
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={8} verticalSpacing={8}>
            {outside.map(columnOf)}
          </SimpleGrid>
        </Box>
      </Stack>
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <Paper withBorder shadow="md" p="xs" radius="sm" style={{ cursor: 'grabbing' }}>
            <Text size="sm" fw={600}>
              {dragged.mentor.name}
            </Text>
            <CardBody card={dragged} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
