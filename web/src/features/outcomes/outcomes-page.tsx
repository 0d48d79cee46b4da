import { Alert, Badge, Button, Card, Group, Loader, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useSearch } from 'wouter';
import { showError } from '../../api/show-error.js';
import { CheckinForm } from './checkin-form.js';
import { OutcomeForm, StatusSelect } from './outcome-form.js';
import { type Checkin, type Outcome, useOutcomes, useToday, useUpdateOutcome } from './use-outcomes.js';

const OutcomeChart = lazy(async () => ({ default: (await import('../../charts/outcome-chart.js')).OutcomeChart }));

/** One outcome: its status, check-ins as a table and a chart against the target, and a new check-in. */
function OutcomeCard({ outcome, checkins, today }: { outcome: Outcome; checkins: Checkin[]; today: string }) {
  const [checkingIn, setCheckingIn] = useState(false);
  const update = useUpdateOutcome();
  const sorted = [...checkins].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <Card withBorder padding="lg" component="article" aria-label={outcome.statement}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5">
              {outcome.statement}
            </Title>
            <Text size="xs" c="dimmed">
              {[
                [
                  outcome.metric,
                  outcome.baseline !== null && `from ${outcome.baseline}`,
                  outcome.target !== null && `to ${outcome.target}`,
                  outcome.unit,
                ]
                  .filter(Boolean)
                  .join(' '),
                outcome.deadline && `by ${outcome.deadline}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <StatusSelect
            value={outcome.status}
            onChange={(status) =>
              update.mutate({ id: outcome.id, patch: { status } }, { onError: (error) => showError('The status was not changed', error) })
            }
          />
        </Group>
        {sorted.some((c) => c.value !== null) && (
          <Suspense fallback={<Skeleton height={140} />}>
            <OutcomeChart outcome={outcome} checkins={sorted} />
          </Suspense>
        )}
        {sorted.length > 0 ? (
          <Table striped aria-label={`Check-ins of ${outcome.statement}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Confidence</Table.Th>
                <Table.Th>Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.date}</Table.Td>
                  <Table.Td>{c.value ?? '—'}</Table.Td>
                  <Table.Td>{c.confidence === null ? '—' : `${c.confidence}%`}</Table.Td>
                  <Table.Td>{c.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            No check-in yet. Record where you stand today, then every two weeks.
          </Text>
        )}
        {checkingIn ? (
          <CheckinForm outcomeId={outcome.id} today={today} onDone={() => setCheckingIn(false)} />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setCheckingIn(true)} aria-label={`Check in on ${outcome.statement}`}>
              Check in
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Outcomes: write one checked as you type, then track it with check-ins against its target. */
export function OutcomesPage() {
  const search = useSearch();
  const [adding, setAdding] = useState(new URLSearchParams(search).has('new'));
  const outcomes = useOutcomes();
  const today = useToday();
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>Outcomes</Title>
        {!adding && <Button onClick={() => setAdding(true)}>Add outcome</Button>}
      </Group>
      {adding && (
        <Card withBorder padding="lg" component="section" aria-label="New outcome">
          <OutcomeForm onSaved={() => setAdding(false)} />
        </Card>
      )}
      {outcomes.error && <Alert color="red">{outcomes.error.message}</Alert>}
      {(outcomes.isPending || today.isPending) && <Loader aria-label="Loading" />}
      {outcomes.data?.length === 0 && !adding && (
        <Alert color="indigo" title="No outcome yet">
          Growth starts with one concrete outcome 3–6 months away: a number that moves (“lift activation from 20% to 30% by June”) or a
          deliverable someone signs off. Then name the skill that blocks it.
        </Alert>
      )}
      {today.data && (
        <Stack>
          {outcomes.data?.map(({ outcome, checkins }) => (
            <OutcomeCard key={outcome.id} outcome={outcome} checkins={checkins} today={today.data} />
          ))}
        </Stack>
      )}
      {outcomes.data && outcomes.data.length > 0 && (
        <Badge variant="light" w="fit-content">
          {outcomes.data.filter((o) => o.outcome.status === 'active').length} active
        </Badge>
      )}
    </Stack>
  );
}
