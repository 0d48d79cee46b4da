import { Button, Card, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { showError } from '../../api/show-error.js';
import { CheckinForm } from './checkin-form.js';
import { CheckinTable } from './checkin-table.js';
import { OutcomeForm } from './outcome-form.js';
import { type Checkin, type Outcome, useUpdateOutcome } from './use-outcomes.js';

// The chart library is large: it loads once a chart is on screen, after the list.
const OutcomeChart = lazy(async () => ({ default: (await import('../../charts/outcome-chart.js')).OutcomeChart }));

/** The line under an outcome's statement: metric, baseline, target, unit and deadline. */
function summaryOf(outcome: Outcome): string {
  const measure = [
    outcome.metric,
    outcome.baseline !== null && `from ${outcome.baseline}`,
    outcome.target !== null && `to ${outcome.target}`,
    outcome.unit,
  ]
    .filter(Boolean)
    .join(' ');
  return [measure, outcome.deadline && `by ${outcome.deadline}`].filter(Boolean).join(' · ');
}

/**
 * One outcome: its status, a chart of its check-ins against the baseline and target, the
 * check-ins as a table, and buttons to check in or to change it. `focused` highlights it when a
 * link led here.
 */
export function OutcomeCard({
  outcome,
  checkins,
  today,
  focused = false,
}: {
  outcome: Outcome;
  checkins: readonly Checkin[];
  today: string;
  focused?: boolean;
}) {
  const [mode, setMode] = useState<'view' | 'check-in' | 'edit'>('view');
  const update = useUpdateOutcome();
  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      id={`outcome-${outcome.id}`}
      aria-label={outcome.statement}
      style={focused ? { borderColor: 'var(--mantine-color-indigo-6)', borderWidth: 2 } : undefined}
    >
      {mode === 'edit' ? (
        <OutcomeForm outcome={outcome} onSaved={() => setMode('view')} onCancel={() => setMode('view')} />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={3} size="h5">
                {outcome.statement}
              </Title>
              <Text size="xs" c="dimmed">
                {summaryOf(outcome)}
              </Text>
            </div>
            <Select
              label="Status"
              size="xs"
              w={140}
              data={['draft', 'active', 'achieved', 'abandoned']}
              value={outcome.status}
              allowDeselect={false}
              onChange={(status) =>
                status &&
                update.mutate(
                  { id: outcome.id, patch: { status: status as Outcome['status'] } },
                  { onError: (error) => showError('The status was not changed', error) },
                )
              }
            />
          </Group>
          {checkins.some((c) => c.value !== null) && (
            <Suspense fallback={<Skeleton height={140} />}>
              <OutcomeChart outcome={outcome} checkins={checkins} />
            </Suspense>
          )}
          <CheckinTable checkins={checkins} name={outcome.statement} />
          {mode === 'check-in' ? (
            <CheckinForm outcomeId={outcome.id} today={today} onDone={() => setMode('view')} />
          ) : (
            <Group>
              <Button variant="light" onClick={() => setMode('check-in')} aria-label={`Check in on ${outcome.statement}`}>
                Check in
              </Button>
              <Button variant="default" onClick={() => setMode('edit')} aria-label={`Edit ${outcome.statement}`}>
                Edit
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}
