import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { MentorHistoryRecord } from './compose-records.js';

/** Props of `MentorHistoryCard`. */
export interface MentorHistoryCardProps {
  history: MentorHistoryRecord;
  /** The relationship the message goes to; `null` when the mentor has none yet. */
  relationshipId: string | null;
}

/** Most messages listed. */
const SHOWN = 5;

/**
 * Where the chosen mentor stands: the relationship's stage and the latest messages in it,
 * newest first, so the user writes the message the loop calls for next.
 */
export function MentorHistoryCard({ history, relationshipId }: MentorHistoryCardProps) {
  const entry = history.relationships.find((r) => r.relationship.id === relationshipId);
  const messages = [...(entry?.messages ?? [])].reverse().slice(0, SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compose-history-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id="compose-history-title">
            History with {history.mentor.name}
          </Title>
          <Anchor component={Link} href={`/mentors/${history.mentor.id}`} size="sm">
            Open the mentor
          </Anchor>
        </Group>
        {entry ? (
          <Text size="sm">
            Stage <Badge variant="light">{entry.relationship.stage}</Badge> since {entry.relationship.stageSince}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No relationship yet: logging a first ask opens one.
          </Text>
        )}
        {messages.length > 0 && (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Messages with ${history.mentor.name}`}>
            {messages.map((m) => (
              <li key={m.id}>
                <Text size="sm" lineClamp={2}>
                  <Text span fw={600}>
                    {m.sentOn} · {m.kind}
                    {m.checkVerdict ? ` (${m.checkVerdict})` : ''}:
                  </Text>{' '}
                  {m.body}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
