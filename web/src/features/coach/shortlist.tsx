import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'wouter';
import { AddMentorForm } from '../mentors/add-mentor-form.js';
import { type Gap, type ShortlistEntry, useShortlist } from './use-coach.js';

/**
 * Mentors ranked for a skill gap, each with the reasons for its rank and a button to ask them
 * first, and "Add a mentor" here: the new mentor's relationship serves this gap and its outcome.
 */
export function Shortlist({ gap, onChoose }: { gap: Gap; onChoose: (entry: ShortlistEntry) => void }) {
  const [adding, adder] = useDisclosure(false);
  const link = { gapId: gap.id, ...(gap.outcomeId ? { outcomeId: gap.outcomeId } : {}) };
  return (
    <Stack gap="sm">
      <Ranked gapId={gap.id} onChoose={onChoose} />
      <Group>
        <Button variant="default" onClick={adder.open}>
          Add a mentor here
        </Button>
        <Text size="sm" c="dimmed">
          Someone with Proven Excellence at this very skill who can also explain how they do it.
        </Text>
      </Group>
      <AddMentorForm opened={adding} onClose={adder.close} link={link} />
    </Stack>
  );
}

/** The ranked list itself. */
function Ranked({ gapId, onChoose }: { gapId: string; onChoose: (entry: ShortlistEntry) => void }) {
  const list = useShortlist(gapId);
  if (list.isPending) return <Loader aria-label="Loading" />;
  if (list.error) {
    return (
      <Alert color="red" title="The shortlist could not load">
        {list.error.message}
      </Alert>
    );
  }
  if (list.data.length === 0) {
    return (
      <Alert color="indigo" title="No mentor yet">
        Look for people with Proven Excellence at this very skill who also have Explaining Power: they write, talk or teach about how they
        do it. Add them here, or on the{' '}
        <Anchor component={Link} href="/mentors" underline="always">
          Mentors
        </Anchor>{' '}
        page: the coach keeps your place.
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Ranked by how well their expertise matches the gap and by their two scores: Proven Excellence and Explaining Power.
      </Text>
      <Stack gap="sm" component="ol" aria-label="Shortlist" style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}>
        {list.data.map((entry) => (
          <Card key={entry.mentor.id} withBorder padding="sm" component="li">
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
        ))}
      </Stack>
    </Stack>
  );
}
