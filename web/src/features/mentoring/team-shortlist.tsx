import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../api/show-error.js';
import { MentorShortlistCard, ShortlistList } from '../coach/shortlist-card.js';
import type { ShortlistEntry } from '../coach/use-coach.js';
import { askInAppHref, type ColleagueEntry, capacityText, type TeamShortlist } from './mentoring-records.js';
import { useTeamShortlist } from './use-mentoring.js';

/** How many the coach proposes: a short list is the point. */
const SHORTLIST = 5;

/** A colleague on the shortlist: marked as one, why they rank here, their room this month and a way to ask in the app. */
function ColleagueCard({ entry, gapId }: { entry: ColleagueEntry; gapId: string }) {
  const { colleague } = entry;
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="xs">
          <Text fw={600}>{colleague.name}</Text>
          <Badge variant="light">colleague</Badge>
          {entry.acceptsBackstage && (
            <Badge variant="outline" color="gray">
              backstage welcome
            </Badge>
          )}
          {entry.officeHours && (
            <Badge variant="outline" color="gray">
              office hours
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
          score {entry.score}
        </Text>
      </Group>
      <List size="sm" spacing={0} mt={4} aria-label={`Why ${colleague.name}`}>
        {entry.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={4}>
        {capacityText(entry.capacity)}
      </Text>
      <Group mt="xs">
        {entry.conversationId ? (
          <>
            <Button component={Link} href={`/inbox/${encodeURIComponent(entry.conversationId)}`} size="xs" variant="light">
              Open your conversation with {colleague.name}
            </Button>
            <Anchor component={Link} href={askInAppHref(colleague.id, { kind: 'follow-up' })} size="sm">
              Write to {colleague.name} in the app
            </Anchor>
          </>
        ) : (
          <Button component={Link} href={askInAppHref(colleague.id, { gapId })} size="xs" variant="light">
            Ask {colleague.name} in the app
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** The colleagues who fit the gap but take no new ask now, each with the day they have room again. */
function Unavailable({ items }: { items: TeamShortlist['unavailable'] }) {
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby={titleId}>
      <Title order={4} id={titleId}>
        Colleagues without room now
      </Title>
      <List size="sm" aria-label="Colleagues without room">
        {items.map((u) => (
          <List.Item key={u.colleague.id}>{u.reason}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * The team's shortlist for a gap (team mode): your own mentors and the colleagues who offer to
 * mentor, in one ranking; colleagues are marked as such and asked in the app. Those who fit but
 * have no room this month are never suggested: they are listed apart, with when they will have room.
 */
export function TeamRanked({ gapId, onChoose }: { gapId: string; onChoose: (entry: ShortlistEntry) => void }) {
  const list = useTeamShortlist(gapId, SHORTLIST);
  if (list.isPending) return <Loader aria-label="Loading" />;
  if (list.error) {
    return (
      <Alert color="red" title="The shortlist could not load">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const { entries, unavailable } = list.data;
  return (
    <Stack gap="sm">
      {entries.length === 0 ? (
        <Alert color="indigo" title="No mentor yet">
          Look for people with Proven Excellence at this very skill who also have Explaining Power. Add them here, or find a colleague in
          the{' '}
          <Anchor component={Link} href="/directory" underline="always">
            mentor directory
          </Anchor>
          : the coach keeps your place.
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Your mentors and the colleagues who offer to mentor, ranked by how well their expertise matches the gap and by Proven Excellence
            and Explaining Power.
          </Text>
          <ShortlistList>
            {entries.map((entry) =>
              entry.kind === 'mentor' ? (
                <MentorShortlistCard key={`m:${entry.mentor.id}`} entry={entry} onChoose={onChoose} />
              ) : (
                <ColleagueCard key={`c:${entry.colleague.id}`} entry={entry} gapId={gapId} />
              ),
            )}
          </ShortlistList>
        </>
      )}
      <Unavailable items={unavailable} />
    </Stack>
  );
}
