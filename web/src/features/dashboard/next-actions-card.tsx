import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { actionLabels, type NextAction } from './dashboard-records.js';
import { dayKey, groupByDay } from './group-by-day.js';
import { actionHref } from './record-links.js';

/** How many actions show at first: a long list is read from the top anyway. */
const FIRST = 50;
/** Once "Show all" is on, how many show per page, so thousands of actions never render at once. */
const PER_PAGE = 100;

/** One action: what kind, why (a link to where it is done) and, when late, since when. */
function ActionRow({ action }: { action: NextAction }) {
  const to = actionHref(action);
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      <Badge variant={action.overdue ? 'filled' : 'light'} color={action.overdue ? 'red.9' : 'indigo'} w={130} style={{ flexShrink: 0 }}>
        {actionLabels[action.kind]}
      </Badge>
      <div>
        <Text size="sm">
          {to ? (
            <Anchor component={Link} href={to}>
              {action.reason}
            </Anchor>
          ) : (
            action.reason
          )}
        </Text>
        {action.overdue && (
          <Text size="xs" className="overdue">
            overdue since {action.dueOn}
          </Text>
        )}
      </div>
    </Group>
  );
}

/** What to do in the coming week, overdue first, then day by day, each with its reason and a link to act on it. */
export function NextActionsCard({ actions, today }: { actions: readonly NextAction[]; today: string }) {
  const [all, setAll] = useState(false);
  const [page, setPage] = useState(1);
  const pages = Math.ceil(actions.length / PER_PAGE);
  const shown = all ? actions.slice((page - 1) * PER_PAGE, page * PER_PAGE) : actions.slice(0, FIRST);
  const totals = new Map<string, number>();
  for (const a of actions) totals.set(dayKey(a, today), (totals.get(dayKey(a, today)) ?? 0) + 1);
  const overdue = totals.get('overdue') ?? 0;
  const countOf = (key: string, shownHere: number) => {
    const total = totals.get(key) ?? shownHere;
    return total === shownHere ? `${total}` : `${shownHere} of ${total}`;
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="next-actions-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="next-actions-title">
          Next actions
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {actions.length} in the next 7 days{overdue > 0 ? `, ${overdue} overdue` : ''}
          </Text>
          <Anchor href="/api/next-actions.ics" size="sm">
            Calendar (.ics)
          </Anchor>
        </Group>
      </Group>
      {actions.length === 0 ? (
        <Text c="dimmed">
          Nothing is due this week. Close the loop early: apply advice you received, circle back with the result, and only then ask for
          more.
        </Text>
      ) : (
        <Stack gap="md">
          {groupByDay(shown, today).map((day) => (
            <div key={day.key}>
              <Title order={4} size="h6" className={day.key === 'overdue' ? 'overdue' : undefined} mb={6}>
                {day.label} ({countOf(day.key, day.actions.length)})
              </Title>
              <Stack gap="xs" component="ol" aria-label={day.label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {day.actions.map((action) => (
                  <ActionRow key={action.id} action={action} />
                ))}
              </Stack>
            </div>
          ))}
        </Stack>
      )}
      {all && pages > 1 && (
        <Group mt="md" gap="xs">
          <Button variant="default" size="xs" disabled={page === 1} onClick={() => setPage(page - 1)}>
            Previous {PER_PAGE}
          </Button>
          <Text size="sm" aria-live="polite">
            Page {page} of {pages}
          </Text>
          <Button variant="default" size="xs" disabled={page === pages} onClick={() => setPage(page + 1)}>
            {page < pages ? `Next ${Math.min(PER_PAGE, actions.length - page * PER_PAGE)}` : 'Next'}
          </Button>
        </Group>
      )}
      {actions.length > FIRST && (
        <Button
          variant="subtle"
          mt="sm"
          onClick={() => {
            setAll(!all);
            setPage(1);
          }}
        >
          {all ? `Show the first ${FIRST}` : `Show all ${actions.length}`}
        </Button>
      )}
    </Card>
  );
}
