import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { type BoardCard, columnLabel } from './board-cards.js';
import { daysText, roleLine } from './mentor-card.js';

/** Rows the table renders at first and adds on each "show more". */
const TABLE_PAGE = 100;

const score = (value: number | null) => (value === null ? '—' : `${value}/5`);

/** The list view of the board: one row per card, with stage, days in stage, expertise and scores. */
export function MentorsTable({ cards }: { cards: readonly BoardCard[] }) {
  const [shown, setShown] = useState(TABLE_PAGE);
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover>
          <Table.Caption>
            {cards.length} {cards.length === 1 ? 'mentor' : 'mentors'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Title and company</Table.Th>
              <Table.Th scope="col">Stage</Table.Th>
              <Table.Th scope="col">In stage</Table.Th>
              <Table.Th scope="col">Expertise</Table.Th>
              <Table.Th scope="col">Excellence</Table.Th>
              <Table.Th scope="col">Explaining</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cards.slice(0, shown).map((card) => (
              <Table.Tr key={card.key}>
                <Table.Td>
                  <Anchor component={Link} href={`/mentors/${encodeURIComponent(card.mentor.id)}`} fw={600}>
                    {card.mentor.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{roleLine(card) || '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{columnLabel(card.column)}</Badge>
                </Table.Td>
                <Table.Td>{daysText(card.days)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {card.mentor.expertise.join(', ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{score(card.mentor.excellenceScore)}</Table.Td>
                <Table.Td>{score(card.mentor.explainingScore)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {cards.length > shown && (
        <Group justify="center" mt="sm">
          <Button variant="subtle" onClick={() => setShown((n) => n + TABLE_PAGE)}>
            Show {Math.min(TABLE_PAGE, cards.length - shown)} more
          </Button>
        </Group>
      )}
    </>
  );
}
