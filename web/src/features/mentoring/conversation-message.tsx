import { Anchor, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { showDone, showError } from '../../api/show-error.js';
import { capturedText } from '../mentors/reply-form.js';
import { useCaptureAdvice } from '../mentors/use-advice.js';
import type { ConversationView, InboxMessageView } from './mentoring-records.js';

/** Each kind of message in words. */
export const kindLabels: Record<InboxMessageView['kind'], string> = {
  ask: 'Ask',
  'follow-up': 'Follow-up',
  'circle-back': 'Circle-back',
  escalation: 'Escalation',
  backstage: 'Backstage request',
  reply: 'Reply',
};

/**
 * The advice a reply holds, for the mentee: each piece, a button to capture them into the
 * relationship's advice tracking, and a link to the history the reply is logged in.
 */
function ReplyAdvice({ message, conversation }: { message: InboxMessageView; conversation: ConversationView }) {
  const capture = useCaptureAdvice();
  const advice = message.advice ?? [];
  const logged = message.loggedMessageId;
  const history = conversation.mentorId ? `/mentors/${encodeURIComponent(conversation.mentorId)}` : null;
  return (
    <Stack gap={4}>
      {advice.length > 0 ? (
        <List size="sm" aria-label="Advice in this reply">
          {advice.map((a) => (
            <List.Item key={`${a.start}-${a.end}`}>{a.text}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          No advice found in this reply; you can add some by hand in your history.
        </Text>
      )}
      <Group gap="md">
        {logged ? (
          <Button
            size="xs"
            variant="light"
            loading={capture.isPending}
            onClick={() =>
              capture.mutate(logged, {
                onSuccess: (r) => showDone(`Captured: ${capturedText(r.created)}`),
                onError: (error) => showError('Advice was not captured', error),
              })
            }
          >
            Capture advice
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            This reply is not in your history (the relationship took no reply then), so its advice cannot be captured here.
          </Text>
        )}
        {history && (
          <Anchor component={Link} href={history} size="sm" underline="always">
            Your history with {conversation.other.name}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

/** One message of a conversation: who sent it, its kind, its check, its text, and for the mentee's replies the advice. */
export function ConversationMessage({ message, conversation }: { message: InboxMessageView; conversation: ConversationView }) {
  return (
    <Paper withBorder p="sm" component="li" aria-label={`${kindLabels[message.kind]} from ${message.mine ? 'you' : message.from.name}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {message.mine ? 'You' : message.from.name}
            </Text>
            <Badge variant="light">{kindLabels[message.kind]}</Badge>
            {message.checkVerdict && (
              <Badge size="sm" variant="outline" color="gray">
                Check: {message.checkVerdict}
                {message.checkScore !== null ? ` · ${message.checkScore}/100` : ''}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {message.sentAt.slice(0, 16).replace('T', ' ')}
          </Text>
        </Group>
        {message.subject && (
          <Text size="sm" fw={500}>
            {message.subject}
          </Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {message.body}
        </Text>
        {conversation.role === 'mentee' && message.kind === 'reply' && <ReplyAdvice message={message} conversation={conversation} />}
      </Stack>
    </Paper>
  );
}
