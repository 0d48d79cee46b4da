import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'wouter';
import { errorMessage, showRefusal } from '../../api/show-error.js';
import { type Booking, invitationHref, readerTimeZone, startText } from './office-hours-records.js';
import { useBookings, useCancelBooking } from './use-office-hours.js';

/** One booking: when on the reader's clock, with whom and in which part, and its invitation. */
function BookingItem({ booking, withConversation }: { booking: Booking; withConversation: boolean }) {
  const when = startText(booking.startsAt);
  const name = booking.other.name;
  const mentor = booking.role === 'mentor';
  const cancel = useCancelBooking();
  const onCancel = () => {
    if (!window.confirm(`Cancel the office hours with ${name}, ${when}? The slot becomes free for anyone.`)) return;
    cancel.mutate(booking.id, { onError: (error) => showRefusal('Not cancelled', errorMessage(error)) });
  };
  return (
    <Paper withBorder p="sm" component="li" aria-label={`Office hours with ${name}, ${when}`}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{when}</Text>
            <Text size="sm" c="dimmed">
              {booking.minutes} min
            </Text>
            <Badge variant="light" color={mentor ? 'grape' : 'indigo'}>
              {mentor ? 'you mentor them' : 'your mentor'}
            </Badge>
          </Group>
          <Text size="sm">{mentor ? `${name} booked your office hours.` : `Your office hours with ${name}.`}</Text>
        </Stack>
        <Group gap="md">
          {withConversation && (
            <Anchor component={Link} href={`/inbox/${encodeURIComponent(booking.conversationId)}`} size="sm" underline="always">
              Conversation with {name}
            </Anchor>
          )}
          <Anchor href={invitationHref(booking.id)} download size="sm" underline="always">
            Download invitation (.ics)
          </Anchor>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            loading={cancel.isPending}
            onClick={onCancel}
            aria-label={`Cancel the office hours with ${name}, ${when}`}
          >
            Cancel
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** Bookings as a list named `label`, soonest first. */
export function BookingList({
  bookings,
  label,
  withConversation = false,
}: {
  bookings: readonly Booking[];
  label: string;
  withConversation?: boolean;
}) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {bookings.map((b) => (
        <BookingItem key={b.id} booking={b} withConversation={withConversation} />
      ))}
    </Stack>
  );
}

/**
 * The reader's office hours to come, as mentee and as mentor: when (on the reader's clock),
 * with whom, the conversation they belong to and the `.ics` invitation. A mentor sees who
 * booked their slots.
 */
export function YourOfficeHours() {
  const bookings = useBookings();
  const titleId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <div>
        <Title order={3} id={titleId}>
          Your office hours
        </Title>
        <Text size="sm" c="dimmed">
          Office hours to come, the ones you booked and the ones booked with you; times in your time zone ({readerTimeZone()}).
        </Text>
      </div>
      {bookings.isPending ? (
        <Loader size="sm" aria-label="Loading your office hours" />
      ) : bookings.error ? (
        <Alert color="red" title="Your office hours could not be read">
          {errorMessage(bookings.error)}
        </Alert>
      ) : bookings.data.length === 0 ? (
        <Text size="sm">
          None booked. A mentee books a colleague’s office hours from their conversation, after a circle-back that passed its check.
        </Text>
      ) : (
        <BookingList bookings={bookings.data} label="Your office hours" withConversation />
      )}
    </Stack>
  );
}

/** For the mentor, in a conversation: the office hours its mentee booked with them; nothing when none are to come. */
export function OfficeHoursBookedWithYou({ conversationId, name }: { conversationId: string; name: string }) {
  const bookings = useBookings();
  const titleId = useId();
  const theirs = (bookings.data ?? []).filter((b) => b.role === 'mentor' && b.conversationId === conversationId);
  if (theirs.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} id={titleId}>
          Office hours {name} booked
        </Title>
        <BookingList bookings={theirs} label={`Office hours ${name} booked`} />
      </Stack>
    </Paper>
  );
}
