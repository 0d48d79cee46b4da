import { Button, List, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { Mentor } from './use-coach.js';

/**
 * The first contact: why it is the smallest possible ask, what makes one, and a button to
 * write it in Compose with the check running.
 */
export function FirstAsk({ mentor }: { mentor: Pick<Mentor, 'id' | 'name'> }) {
  return (
    <Stack gap="sm">
      <Text>
        First contact with {mentor.name} is always the smallest ask: one specific question they can answer in under two minutes, tied to
        something they made or said.
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>Name their talk, post, product or framework, and the one thing in it you want to apply.</List.Item>
        <List.Item>Ask one question about your situation; keep it under 100 words.</List.Item>
        <List.Item>Do not ask for mentorship, a call or coffee, their career story, a review or an intro.</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        Then apply what they say, and circle back with the result before asking for more.
      </Text>
      <div>
        <Button component={Link} href={`/compose?kind=ask&mentor=${encodeURIComponent(mentor.id)}`}>
          Write the smallest ask to {mentor.name}
        </Button>
      </div>
    </Stack>
  );
}
