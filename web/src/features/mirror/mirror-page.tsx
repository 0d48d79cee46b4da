import { Alert, Divider, Stack, Text, Title } from '@mantine/core';
import { FeedbackLogForm } from './feedback-log-form.js';
import { FeedbackReplyForm } from './feedback-reply-form.js';
import { FeedbackRequestForm } from './feedback-request-form.js';
import { RecurringThemes } from './recurring-themes.js';
import { ShadowFinder } from './shadow-finder.js';
import { useFeedback, useFeedbackReplies, useFeedbackRequests } from './use-mirror-data.js';

/**
 * The Mirror method (EQ): ask for specific, subjective feedback with its check as you type,
 * log what you hear, reply gratefully, and see the recurring themes and the shadow sides of
 * your strengths.
 */
export function MirrorPage() {
  const requests = useFeedbackRequests();
  const feedback = useFeedback();
  const replies = useFeedbackReplies();
  const error = requests.error ?? feedback.error ?? replies.error;
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
      <FeedbackRequestForm />
      <Divider />
      <FeedbackLogForm requests={requests.data ?? []} />
      <Divider />
      <FeedbackReplyForm feedback={feedback.data ?? []} replies={replies.data ?? []} />
      <Divider />
      <RecurringThemes feedback={feedback.data ?? []} />
      <Divider />
      <ShadowFinder />
    </Stack>
  );
}
