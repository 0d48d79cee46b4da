import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { Mentor } from './mentor-records.js';
import { SafeLink } from './safe-link.js';

/** Who the mentor is: name, role, expertise, where found, contact, and a link to write to them. */
export function MentorProfile({ mentor }: { mentor: Mentor }) {
  const role = [mentor.title, mentor.company].filter(Boolean).join(', ');
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{mentor.name}</Title>
          {role && <Text c="dimmed">{role}</Text>}
        </div>
        <Button component={Link} href={`/compose?mentor=${encodeURIComponent(mentor.id)}`}>
          Write to {mentor.name}
        </Button>
      </Group>
      {mentor.expertise.length > 0 && (
        <Group gap={6} aria-label="Expertise">
          {mentor.expertise.map((tag) => (
            <Badge key={tag} variant="outline">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      <Stack gap={2}>
        {mentor.whereFound && <Text size="sm">Found through: {mentor.whereFound}</Text>}
        {mentor.email && (
          <Text size="sm">
            Email: <SafeLink href={`mailto:${mentor.email}`}>{mentor.email}</SafeLink>
          </Text>
        )}
        {mentor.profileUrl && (
          <Text size="sm">
            Profile: <SafeLink href={mentor.profileUrl} />
          </Text>
        )}
        {mentor.handles.length > 0 && <Text size="sm">Handles: {mentor.handles.join(', ')}</Text>}
        {mentor.notes && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {mentor.notes}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
