import { Alert, Grid, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { FeedbackLogForm } from './feedback-log-form.js';
import { FeedbackReplyForm } from './feedback-reply-form.js';
import { FeedbackRequestForm } from './feedback-request-form.js';
import { MirrorHistory } from './mirror-history.js';
import { RecurringThemes } from './recurring-themes.js';
import { ShadowFinder } from './shadow-finder.js';
import { ThemesOverTime } from './themes-over-time.js';
import { useFeedback, useFeedbackReplies, useFeedbackRequests, useMirrorHistory } from './use-mirror-data.js';

/**
 * The Mirror method (EQ) as a history: requests sent, feedback received, replies and the
 * counter-behaviours adopted, with the themes and shadow sides over time; beside it the forms
 * to ask (checked as you type), log what you hear, reply gratefully and find a shadow side.
 */
export function MirrorPage() {
  const requests = useFeedbackRequests();
  const feedback = useFeedback();
  const replies = useFeedbackReplies();
  const history = useMirrorHistory();
  const error = requests.error ?? feedback.error ?? replies.error ?? history.error;
  return (
    <Stack gap="lg">
      <Title order={2}>Mirror</Title>
      <Text c="dimmed">
        EQ skills grow with outside mirrors: ask about one moment and one trait, take what you hear gratefully, and watch for the shadow
        side of your strengths.
      </Text>
      {error && (
        <Alert color="red" title="Could not load your feedback">
          {error.message}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            {history.data ? <MirrorHistory history={history.data} /> : <Loader aria-label="Loading the history" />}
            <ThemesOverTime feedback={feedback.data ?? []} />
            <RecurringThemes feedback={feedback.data ?? []} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 1, md: 2 }}>
          <Tabs defaultValue="ask" keepMounted>
            <Tabs.List aria-label="What to do">
              <Tabs.Tab value="ask">Ask</Tabs.Tab>
              <Tabs.Tab value="log">Log feedback</Tabs.Tab>
              <Tabs.Tab value="reply">Reply</Tabs.Tab>
              <Tabs.Tab value="shadow">Shadow sides</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ask" pt="md">
              <FeedbackRequestForm />
            </Tabs.Panel>
            <Tabs.Panel value="log" pt="md">
              <FeedbackLogForm requests={requests.data ?? []} />
            </Tabs.Panel>
            <Tabs.Panel value="reply" pt="md">
              <FeedbackReplyForm feedback={feedback.data ?? []} replies={replies.data ?? []} />
            </Tabs.Panel>
            <Tabs.Panel value="shadow" pt="md">
              <ShadowFinder />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
