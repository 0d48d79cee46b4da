import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { actionLabels, type NextAction } from './dashboard-records.js';

/** How many actions show before "Show all": a long list is read from the top anyway. */
const FIRST = 50;

/** Where an action leads: the mentor it concerns, else the outcome or gap. */
function targetOf(action: NextAction): string | null {
  if (action.mentorId) return `/mentors/${action.mentorId}`;
  if (action.outcomeId) return '/outcomes';
  if (action.gapId) return action.kind === 'ask-feedback' ? '/mirror' : '/gaps';
  return null;
}

/** When an action is due, in words relative to today. */
function when(action: NextAction, today: string): string {
  if (action.overdue) return `overdue since ${action.dueOn}`;
  return action.dueOn === today ? 'today' : action.dueOn;
}

/** What to do in the coming week, overdue first, each with its reason and a link to act on it. */
export function NextActionsCard({ actions, today }: { actions: readonly NextAction[]; today: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? actions : actions.slice(0, FIRST);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="next-actions-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="next-actions-title">
          Next actions
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {actions.length} due in 7 days
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
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Next actions">
          {shown.map((action) => {
            const to = targetOf(action);
            return (
              <li key={action.id}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Badge
                    variant={action.overdue ? 'filled' : 'light'}
                    color={action.overdue ? 'red.9' : 'indigo'}
                    w={130}
                    style={{ flexShrink: 0 }}
                  >
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
                    <Text size="xs" c={action.overdue ? undefined : 'dimmed'} className={action.overdue ? 'overdue' : undefined}>
                      {when(action, today)}
                    </Text>
                  </div>
                </Group>
              </li>
            );
          })}
        </Stack>
      )}
      {actions.length > FIRST && (
        <Button variant="subtle" mt="sm" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${actions.length}`}
        </Button>
      )}
    </Card>
  );
}
