import { Alert, Button, CopyButton, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import type { MadeCalendarFeed } from './mail-records.js';
import { useCalendarFeed, useMakeCalendarFeed, useRevokeCalendarFeed } from './use-mail.js';

/** A new feed's address, shown only this once, with a button to copy it. */
function FeedAddress({ feed }: { feed: MadeCalendarFeed }) {
  return (
    <Alert color="teal" title="Your calendar feed: copy its address now, it is shown only once">
      <Stack gap="xs">
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label="Calendar feed address"
            value={feed.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={feed.url}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : 'indigo'} onClick={copy} variant={copied ? 'filled' : 'light'}>
                {copied ? 'Copied' : 'Copy the address'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">Add it to your calendar as a subscription (“From URL”, “Subscribe to calendar”); it needs no sign-in.</Text>
      </Stack>
    </Alert>
  );
}

/**
 * The calendar feed: a secret address a phone's or a computer's calendar subscribes to, with
 * the member's next actions. Making a new one revokes the old; revoking stops it at once.
 */
export function CalendarFeedSection() {
  const state = useCalendarFeed();
  const make = useMakeCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const exists = state.data?.exists === true;
  return (
    <DataSection
      title="Calendar feed"
      intro="Your next actions for the coming 30 days in your own calendar. Anyone with the address sees them, so keep it to yourself, and revoke it if it leaks."
    >
      {state.isPending && <Loader size="sm" aria-label="Loading your calendar feed" />}
      {state.error && <Alert color="red">{errorMessage(state.error)}</Alert>}
      {state.data && (
        <Text>
          {exists
            ? `You have a calendar feed, made ${new Date(state.data.createdAt ?? '').toLocaleString()}.`
            : 'You have no calendar feed.'}
        </Text>
      )}
      <Group>
        <Button
          loading={make.isPending}
          onClick={() => make.mutate(undefined, { onError: (error) => showError('No calendar feed was made', error) })}
        >
          {exists ? 'Make a new address' : 'Make a calendar feed'}
        </Button>
        {exists && (
          <Button
            variant="default"
            color="red"
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  make.reset();
                  showDone('The calendar feed is revoked: its address no longer works');
                },
                onError: (error) => showError('The calendar feed still works', error),
              })
            }
          >
            Revoke the feed
          </Button>
        )}
      </Group>
      {exists && make.data && <FeedAddress key={make.data.url} feed={make.data} />}
      {exists && (
        <Text size="sm" c="dimmed">
          A new address replaces this one: the old address stops working.
        </Text>
      )}
    </DataSection>
  );
}
