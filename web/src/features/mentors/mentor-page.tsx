import { Alert, Anchor, Button, Grid, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'wouter';
import { RequestError } from '../../api/client.js';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { GiveBacksPanel } from './give-backs-panel.js';
import { MentorFeedback } from './mentor-feedback.js';
import { MentorProfile } from './mentor-profile.js';
import type { MentorHistory } from './mentor-records.js';
import { MentorScores } from './mentor-scores.js';
import { PersonalInterests } from './personal-interests.js';
import { RelationshipPanel } from './relationship-panel.js';
import { useMentorHistory } from './use-mentor.js';
import { useStartRelationship } from './use-mentors.js';

const back = (
  <Anchor component={Link} href="/mentors">
    Back to the mentors
  </Anchor>
);

/** For a mentor with no relationship yet (an imported contact): open one at Prospect. */
function NoRelationship({ history }: { history: MentorHistory }) {
  const start = useStartRelationship();
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs" align="flex-start">
        <Text>No relationship with {history.mentor.name} yet.</Text>
        <Button
          loading={start.isPending}
          onClick={() =>
            start.mutate(history.mentor.id, {
              onSuccess: () => showDone('Relationship started at Prospect'),
              onError: (error) => showError('The relationship was not started', error),
            })
          }
        >
          Start a relationship at Prospect
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * One mentor (route `/mentors/:id`): who they are, the history of each relationship with
 * advice tracking, scores with evidence, give-backs, personal interests and cadence.
 */
export function MentorPage() {
  const { id = '' } = useParams<{ id: string }>();
  const history = useMentorHistory(id);
  if (history.isPending) return <Loader aria-label="Loading the mentor" />;
  if (history.error) {
    const missing = history.error instanceof RequestError && history.error.status === 404;
    return (
      <Stack gap="md">
        <Title order={2}>{missing ? 'Mentor not found' : 'The mentor could not be loaded'}</Title>
        <Alert color={missing ? 'yellow' : 'red'}>
          {missing ? 'There is no mentor with this id. It may have been deleted.' : errorMessage(history.error)}
        </Alert>
        {back}
      </Stack>
    );
  }
  const data = history.data;
  return (
    <Stack gap="lg">
      {back}
      <MentorProfile mentor={data.mentor} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {data.relationships.length === 0 && <NoRelationship history={data} />}
            {data.relationships.map((r, index) => (
              <RelationshipPanel key={r.relationship.id} history={r} index={index} />
            ))}
            <Paper withBorder radius="md" p="md">
              <MentorFeedback mentorId={data.mentor.id} name={data.mentor.name} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <MentorScores mentor={data.mentor} evidence={data.evidence} />
            </Paper>
            <Paper withBorder radius="md" p="md">
              <PersonalInterests key={data.mentor.updatedAt} mentor={data.mentor} />
            </Paper>
            <Paper withBorder radius="md" p="md">
              <GiveBacksPanel mentorId={data.mentor.id} giveBacks={data.giveBacks} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
