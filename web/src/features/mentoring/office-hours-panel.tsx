import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { BookingList } from './booking-list.js';
import { type Colleague, officeHoursCadenceText } from './mentoring-records.js';
import { mentorClockText, type Occurrence, type OfficeHoursView, readerTimeZone, startText } from './office-hours-records.js';
import { useDirectory } from './use-mentoring.js';
import { useBookings, useBookOfficeHours, useOfficeHours } from './use-office-hours.js';

/** How many starts show before "Show all": eight weeks of a few slots is a long list. */
const SHOWN_AT_FIRST = 8;

/** One start of the mentor's slot: when on the reader's clock and on theirs, free or taken, and a way to book it. */
function SlotItem({
  occurrence,
  view,
  yours,
  reasonId,
  booking,
  onBook,
}: {
  occurrence: Occurrence;
  view: OfficeHoursView;
  yours: boolean;
  reasonId: string;
  booking: boolean;
  onBook: () => void;
}) {
  const when = startText(occurrence.startsAt);
  const allowed = view.booking.allowed;
  return (
    <Paper withBorder p="xs" component="li" aria-label={when}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div>
          <Text size="sm" fw={600}>
            {when}
          </Text>
          <Text size="xs" c="dimmed">
            {mentorClockText(occurrence, view.officeHours.timeZone)} · {occurrence.minutes} min
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap">
          <Badge variant="outline" color={occurrence.free ? 'indigo' : 'gray'} data-testid="slot-state">
            {occurrence.free ? 'Free' : yours ? 'Taken (yours)' : 'Taken'}
          </Badge>
          <Button
            size="xs"
            variant="light"
            disabled={!allowed || !occurrence.free}
            loading={booking}
            aria-describedby={allowed ? undefined : reasonId}
            onClick={onBook}
          >
            Book<VisuallyHidden> {when}</VisuallyHidden>
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** The slots, or why there are none to book in the weeks shown. */
function SlotList({ view, colleague }: { view: OfficeHoursView; colleague: Colleague }) {
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  const reasonId = useId();
  const bookings = useBookings();
  const book = useBookOfficeHours(colleague.id);
  const mine = (bookings.data ?? []).filter((b) => b.role === 'mentee' && b.other.id === colleague.id);
  const yours = new Set(mine.map((b) => b.startsAt));
  const { occurrences, booking } = view;
  return (
    <Stack gap="sm">
      {!booking.allowed && booking.reason && (
        <Alert color="indigo" title="You cannot book yet" id={reasonId}>
          {booking.reason}
        </Alert>
      )}
      {mine.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Booked with {colleague.name}
          </Text>
          <BookingList bookings={mine} label={`Your office hours with ${colleague.name}`} />
        </Stack>
      )}
      {book.error && (
        <Alert color="red" title="Not booked">
          {errorMessage(book.error)}
        </Alert>
      )}
      {occurrences.length === 0 ? (
        <Text size="sm">No slot starts in the next {view.weeks} weeks.</Text>
      ) : (
        <Stack gap="xs" component="ul" aria-label={`${colleague.name}’s slots`} p={0} m={0} style={{ listStyle: 'none' }}>
          {occurrences.slice(0, shown).map((o) => (
            <SlotItem
              key={o.startsAt}
              occurrence={o}
              view={view}
              yours={yours.has(o.startsAt)}
              reasonId={reasonId}
              booking={book.isPending && book.variables === o.startsAt}
              onBook={() =>
                book.mutate(o.startsAt, {
                  onSuccess: (booked) => showDone(`Booked: office hours with ${colleague.name}, ${startText(booked.startsAt)}`),
                })
              }
            />
          ))}
        </Stack>
      )}
      {occurrences.length > shown && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setShown(occurrences.length)}>
            Show all {occurrences.length} slots
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * A colleague's office hours, in the mentee's conversation with them: the starts of their slots
 * over the next weeks on the reader's clock (with the mentor's zone named), each free or taken,
 * and a button to book one. Until the loop allows it (a circle-back that passed) the buttons
 * are disabled and the API's reason shows. Nothing shows when the colleague offers no office
 * hours: the directory says so before the slots are asked for.
 */
export function OfficeHoursPanel({ colleague }: { colleague: Colleague }) {
  const directory = useDirectory();
  const offered = directory.data?.find((e) => e.colleague.id === colleague.id)?.offer.officeHours;
  const hours = useOfficeHours(colleague.id, Boolean(offered));
  const titleId = useId();
  if (!offered) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={3} id={titleId}>
            Office hours
          </Title>
          <Text size="sm" c="dimmed">
            {colleague.name} offers office hours {officeHoursCadenceText(offered.cadence)}, written in {offered.timeZone} time. The times
            below are in your time zone ({readerTimeZone()}).
          </Text>
        </div>
        {hours.isPending ? (
          <Loader size="sm" aria-label="Loading their office hours" />
        ) : hours.error ? (
          <Alert color="red" title="Their office hours could not be read">
            {errorMessage(hours.error)}
          </Alert>
        ) : (
          <SlotList view={hours.data} colleague={colleague} />
        )}
      </Stack>
    </Paper>
  );
}
