import { Alert, Anchor, Button, Group, List, Loader, Paper, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'wouter';
import { RequestError } from '../../api/client.js';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { MenteeRecordSummary } from '../mentors/advice-panel.js';
import { OfficeHoursBookedWithYou } from './booking-list.js';
import { ConversationMessage } from './conversation-message.js';
import { askInAppHref, type ConversationView } from './mentoring-records.js';
import { OfficeHoursPanel } from './office-hours-panel.js';
import { useConversation, useReplyInApp, useSharedMenteeRecord, useShareRecord } from './use-mentoring.js';

const back = (
  <Anchor component={Link} href="/inbox">
    Back to the inbox
  </Anchor>
);

/** The mentor's reply: delivered to the mentee's inbox and logged in their relationship. */
function ReplyBox({ conversation }: { conversation: ConversationView }) {
  const [body, setBody] = useState('');
  const reply = useReplyInApp(conversation.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate(body.trim(), {
      onSuccess: (result) => {
        setBody('');
        showDone(
          result.loggedForMentee
            ? `Reply sent to ${conversation.other.name}, and logged in their history`
            : `Reply sent to ${conversation.other.name}`,
        );
      },
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Reply">
      <Stack gap="xs">
        <Textarea
          label="Your reply"
          description="Concrete advice works best: “Try …”, “I would look at …”. It is logged in their history, where they track what they apply."
          autosize
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        {reply.error && (
          <Alert color="red" title="The reply was not sent">
            {errorMessage(reply.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={reply.isPending} disabled={!body.trim()}>
            Send reply
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The mentee's record, for the mentor, when the mentee shares it; what advice was applied and circled back. */
function SharedRecord({ conversation }: { conversation: ConversationView }) {
  const record = useSharedMenteeRecord(conversation.id, conversation.recordShared);
  const name = conversation.other.name;
  if (!conversation.recordShared) {
    return (
      <Text size="sm" c="dimmed">
        {name} does not share their record as a mentee with you.
      </Text>
    );
  }
  if (record.isPending) return <Loader size="sm" aria-label="Loading their record" />;
  if (record.error) {
    return (
      <Alert color="red" title="Their record could not be read">
        {errorMessage(record.error)}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <MenteeRecordSummary record={record.data} title={`${name}’s record as a mentee`} withSuggestion={false} />
      {record.data.advice.length > 0 && (
        <List size="sm" aria-label={`Your advice to ${name}`}>
          {record.data.advice.map((a) => (
            <List.Item key={a.id}>
              {a.text}{' '}
              <Text span size="xs" c="dimmed">
                ({a.circledBackOn ? `circled back ${a.circledBackOn}` : a.appliedOn ? `applied ${a.appliedOn}` : 'not applied yet'})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The mentee's side: share their record as a mentee with the mentor, write again, open the history. */
function MenteeTools({ conversation }: { conversation: ConversationView }) {
  const share = useShareRecord(conversation.id);
  const name = conversation.other.name;
  // The switch moves with the click; the conversation read again after it says what holds.
  const [asked, setAsked] = useState<boolean | null>(null);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Switch
          label={`Let ${name} see my record as a mentee`}
          description="The advice they gave you, what you applied and what you circled back on, in this relationship only. Never your notes or other mentors."
          checked={asked ?? conversation.recordShared}
          disabled={asked !== null}
          onChange={(e) => {
            setAsked(e.currentTarget.checked);
            share.mutate(e.currentTarget.checked, {
              onSuccess: (after) =>
                showDone(after.recordShared ? `${name} can now see your record as a mentee` : `${name} no longer sees it`),
              onError: (error) => showError('Sharing was not changed', error),
              onSettled: () => setAsked(null),
            });
          }}
        />
        <Group gap="md">
          <Button component={Link} href={askInAppHref(conversation.other.id, { kind: 'circle-back' })} variant="light" size="xs">
            Write to {name} in the app
          </Button>
          {conversation.mentorId && (
            <Anchor component={Link} href={`/mentors/${encodeURIComponent(conversation.mentorId)}`} size="sm" underline="always">
              Your history with {name}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * One conversation in the app (`/inbox/:id`): its messages, oldest first. The mentor replies;
 * the mentee captures the advice of each reply, may share their record as a mentee and books
 * the mentor's office hours once the loop allows it. Opening it marks what was sent to the
 * reader read.
 */
export function ConversationPage() {
  const { id = '' } = useParams<{ id: string }>();
  const opened = useConversation(id);
  if (opened.isPending) return <Loader aria-label="Loading the conversation" />;
  if (opened.error) {
    const missing = opened.error instanceof RequestError && opened.error.status === 404;
    return (
      <Stack gap="md">
        <Title order={2}>{missing ? 'Conversation not found' : 'The conversation could not be read'}</Title>
        <Alert color={missing ? 'yellow' : 'red'}>
          {missing ? 'There is no conversation of yours with this id.' : errorMessage(opened.error)}
        </Alert>
        {back}
      </Stack>
    );
  }
  const { conversation, messages } = opened.data;
  const name = conversation.other.name;
  const mentor = conversation.role === 'mentor';
  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={2}>Conversation with {name}</Title>
        <Text c="dimmed">{mentor ? `You mentor ${name}: they see your replies in their inbox.` : `${name} mentors you in the app.`}</Text>
      </div>
      <Stack gap="sm" component="ol" aria-label="Messages" p={0} m={0} style={{ listStyle: 'none' }}>
        {messages.map((m) => (
          <ConversationMessage key={m.id} message={m} conversation={conversation} />
        ))}
      </Stack>
      {mentor ? (
        <>
          <ReplyBox conversation={conversation} />
          <OfficeHoursBookedWithYou conversationId={conversation.id} name={name} />
          <Paper withBorder p="md" component="section" aria-label={`${name}’s record as a mentee`}>
            <SharedRecord conversation={conversation} />
          </Paper>
        </>
      ) : (
        <>
          <MenteeTools conversation={conversation} />
          <OfficeHoursPanel colleague={conversation.other} />
        </>
      )}
    </Stack>
  );
}
