import { Anchor, Badge, Group, Rating, Table, Text } from '@mantine/core';
import { type DocumentSummary, kindLabels } from './library-records.js';

/**
 * The library as a table: title (opens the document), kind, tags and rating, and in team mode
 * whether it is shared with the team. Titles come from the documents, so they are shown as text.
 */
export function DocumentList({
  documents,
  openId,
  onOpen,
  sharedIds,
}: {
  documents: DocumentSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
  /** Team mode: the ids of the documents shared with the team; null in solo mode. */
  sharedIds: ReadonlySet<string> | null;
}) {
  if (documents.length === 0) {
    return <Text c="dimmed">The library is empty. Drop a few documents you admire above: PRDs, RFCs, strategies, updates.</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover aria-label="Documents in the library">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Rating</Table.Th>
            {sharedIds && <Table.Th>Team</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id} bg={d.id === openId ? 'var(--mantine-primary-color-light)' : undefined}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onOpen(d.id)} aria-current={d.id === openId ? 'true' : undefined}>
                  {d.title}
                </Anchor>
                {d.sourceFile && d.sourceFile !== d.title && (
                  <Text size="xs" c="dimmed">
                    {d.sourceFile}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{kindLabels[d.kind]}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {d.tags.map((tag) => (
                    <Badge key={tag} variant="light" size="sm">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {d.rating === null ? (
                  <Text size="sm" c="dimmed">
                    not rated
                  </Text>
                ) : (
                  <Rating value={d.rating} readOnly size="sm" role="img" aria-label={`Rated ${d.rating} of 5`} />
                )}
              </Table.Td>
              {sharedIds && (
                <Table.Td>
                  {sharedIds.has(d.id) ? (
                    <Badge variant="light" color="teal" size="sm">
                      shared
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      only you
                    </Text>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
