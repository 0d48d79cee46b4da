import { Table, Text } from '@mantine/core';
import type { Checkin } from './use-outcomes.js';

/** The check-ins of one outcome, oldest first: date, value, confidence and note. */
export function CheckinTable({ checkins, name }: { checkins: readonly Checkin[]; name: string }) {
  if (checkins.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No check-in yet. Record where you stand today, then every two weeks.
      </Text>
    );
  }
  return (
    <Table striped aria-label={`Check-ins of ${name}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Value</Table.Th>
          <Table.Th>Confidence</Table.Th>
          <Table.Th>Note</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checkins.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{c.date}</Table.Td>
            <Table.Td>{c.value ?? '—'}</Table.Td>
            <Table.Td>{c.confidence === null ? '—' : `${c.confidence}%`}</Table.Td>
            <Table.Td>{c.note}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
