import { Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ShortlistEntry } from './use-coach.js';

/** A ranked list of mentors, as a list its items can be found in by name. */
export function ShortlistList({ children }: { children: ReactNode }) {
  return (
    <Stack gap="sm" component="ol" aria-label="Shortlist" style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}>
      {children}
    </Stack>
  );
}

/** One of your mentors on a shortlist: a link to them, the score that ranked them, why, and a button to ask them first. */
export function MentorShortlistCard({ entry, onChoose }: { entry: ShortlistEntry; onChoose: (entry: ShortlistEntry) => void }) {
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Anchor component={Link} href={`/mentors/${encodeURIComponent(entry.mentor.id)}`} fw={600} underline="always">
            {entry.mentor.name}
          </Anchor>
          {entry.mentor.title && (
            <Text span size="sm">
              {' '}
              — {entry.mentor.title}
            </Text>
          )}
          {entry.declined && (
            <Badge ml="xs" color="gray" variant="outline">
              declined before
            </Badge>
          )}
        </div>
        <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
          score {entry.score}
        </Text>
      </Group>
      <List size="sm" spacing={0} mt={4} aria-label={`Why ${entry.mentor.name}`}>
        {entry.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Group mt="xs">
        <Button size="xs" variant="light" onClick={() => onChoose(entry)}>
          Ask {entry.mentor.name} first
        </Button>
      </Group>
    </Card>
  );
}
