import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'wouter';
import { TeamRanked } from '../mentoring/team-shortlist.js';
import { AddMentorForm } from '../mentors/add-mentor-form.js';
import { useTeamAccount } from '../team/use-session.js';
import { MentorShortlistCard, ShortlistList } from './shortlist-card.js';
import { type Gap, type ShortlistEntry, useShortlist } from './use-coach.js';

/**
 * Mentors ranked for a skill gap, each with the reasons for its rank and a button to ask them
 * first, and "Add a mentor" here: the new mentor's relationship serves this gap and its outcome.
 * On a team server the ranking also holds the colleagues who offer to mentor.
 */
export function Shortlist({ gap, onChoose }: { gap: Gap; onChoose: (entry: ShortlistEntry) => void }) {
  const [adding, adder] = useDisclosure(false);
  const team = useTeamAccount() !== null;
  const link = { gapId: gap.id, ...(gap.outcomeId ? { outcomeId: gap.outcomeId } : {}) };
  return (
    <Stack gap="sm">
      {team ? <TeamRanked gapId={gap.id} onChoose={onChoose} /> : <Ranked gapId={gap.id} onChoose={onChoose} />}
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

/** The ranked list itself: your own mentors. */
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
      <ShortlistList>
        {list.data.map((entry) => (
          <MentorShortlistCard key={entry.mentor.id} entry={entry} onChoose={onChoose} />
        ))}
      </ShortlistList>
    </Stack>
  );
}
