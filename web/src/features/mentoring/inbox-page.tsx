import { Alert, Anchor, Badge, Card, Group, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'wouter';
import { errorMessage } from '../../api/show-error.js';
import { YourOfficeHours } from './booking-list.js';
import { kindLabels } from './conversation-message.js';
import type { ConversationView } from './mentoring-records.js';
import { useInbox } from './use-mentoring.js';

/** The number of messages not yet read, over every conversation. */
function unreadCount(conversations: readonly ConversationView[] | undefined): number {
  return (conversations ?? []).reduce((sum, c) => sum + c.unread, 0);
}

/** The unread count beside the Inbox link of the navigation; nothing when all is read. */
export function InboxUnread() {
  const inbox = useInbox();
  const unread = unreadCount(inbox.data);
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red.9" circle={unread < 10}>
      {unread}
      <VisuallyHidden> unread</VisuallyHidden>
    </Badge>
  );
}

/** One conversation in the list: who, your role, what is unread and the last message. */
function ConversationItem({ conversation }: { conversation: ConversationView }) {
  const { other, role, unread, lastMessage } = conversation;
  return (
    <li>
      <Card withBorder padding="sm" component={Link} href={`/inbox/${encodeURIComponent(conversation.id)}`}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={600}>{other.name}</Text>
            <Badge variant="light" color={role === 'mentor' ? 'grape' : 'indigo'}>
              {role === 'mentor' ? 'you mentor them' : 'your mentor'}
            </Badge>
            {unread > 0 && (
              <Badge color="red.9" variant="filled">
                {unread} unread
              </Badge>
            )}
          </Group>
          {lastMessage && (
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {lastMessage.sentAt.slice(0, 10)}
            </Text>
          )}
        </Group>
        {lastMessage && (
          <Text size="sm" mt={4} lineClamp={2}>
            <Text span fw={500}>
              {lastMessage.mine ? 'You' : other.name} ({kindLabels[lastMessage.kind].toLowerCase()}):{' '}
            </Text>
            {lastMessage.preview}
          </Text>
        )}
      </Card>
    </li>
  );
}

/**
 * The inbox (team mode): your conversations in the app, as mentee and as mentor, the most
 * recently active first, each with what is unread; then your office hours to come.
 */
export function InboxPage() {
  const inbox = useInbox();
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Inbox</Title>
        <Text c="dimmed">Asks you sent colleagues in the app and their replies, and the asks colleagues sent you.</Text>
      </div>
      {inbox.isPending ? (
        <Loader aria-label="Loading the inbox" />
      ) : inbox.error ? (
        <Alert color="red" title="The inbox could not be read">
          {errorMessage(inbox.error)}
        </Alert>
      ) : inbox.data.length === 0 ? (
        <Alert color="indigo" title="No conversation yet">
          Find a colleague in the{' '}
          <Anchor component={Link} href="/directory" underline="always">
            mentor directory
          </Anchor>{' '}
          and ask in the app, or{' '}
          <Anchor component={Link} href="/offer" underline="always">
            offer to mentor
          </Anchor>{' '}
          so colleagues can ask you.
        </Alert>
      ) : (
        <Stack gap="sm" component="ul" aria-label="Conversations" p={0} m={0} style={{ listStyle: 'none' }}>
          {inbox.data.map((c) => (
            <ConversationItem key={c.id} conversation={c} />
          ))}
        </Stack>
      )}
      <YourOfficeHours />
    </Stack>
  );
}
