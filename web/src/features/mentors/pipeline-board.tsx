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
import { Box, Paper, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { showDone, showError, showRefusal } from '../../api/show-error.js';
import { type BoardCard, type ColumnId, cardsByColumn, columnLabel } from './board-cards.js';
import { BoardColumn } from './board-column.js';
import { boardStages } from './board-stages.js';
import { columnKeyboard } from './column-keyboard.js';
import { CardBody } from './mentor-card.js';
import { useMoveRelationship, useStartRelationship } from './use-mentors.js';

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

/**
 * The pipeline by stage. A card dropped on another column asks the server to move the
 * relationship; a move the loop's rules refuse snaps back and shows the server's reason.
 */
export function PipelineBoard({ cards }: { cards: readonly BoardCard[] }) {
  const columns = useMemo(() => cardsByColumn(cards), [cards]);
  const order: ColumnId[] = useMemo(
    () => [...((columns.get('none')?.length ?? 0) > 0 ? (['none'] as const) : []), ...boardStages.map((s) => s.stage)],
    [columns],
  );
  const orderRef = useRef(order);
  orderRef.current = order;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboard(() => orderRef.current) }),
  );
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const move = useMoveRelationship();
  const start = useStartRelationship();

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
      <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 12 }}>
        {order.map((column) => (
          <BoardColumn key={column} column={column} cards={columns.get(column) ?? []} />
        ))}
      </Box>
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
