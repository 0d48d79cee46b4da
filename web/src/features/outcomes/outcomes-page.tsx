import { Alert, Button, Card, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { OutcomeCard } from './outcome-card.js';
import { OutcomeForm } from './outcome-form.js';
import { useOutcomes, useToday } from './use-outcomes.js';

/**
 * Outcomes: write one checked as you type, then track each with check-ins against its target.
 * `?new=1` opens the form for a new one; `?focus=<id>` scrolls to one outcome and highlights it.
 */
export function OutcomesPage() {
  const params = new URLSearchParams(useSearch());
  const focus = params.get('focus');
  const [adding, setAdding] = useState(params.has('new'));
  const [shown, setShown] = useState<'active' | 'all'>('active');
  const outcomes = useOutcomes();
  const today = useToday();
  const loaded = outcomes.isSuccess;
  useEffect(() => {
    if (loaded && focus) document.getElementById(`outcome-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [loaded, focus]);
  const all = outcomes.data ?? [];
  const active = all.filter((o) => o.outcome.status === 'active');
  // A linked outcome shows even when it is no longer active.
  const list = shown === 'all' ? all : all.filter((o) => o.outcome.status === 'active' || o.outcome.id === focus);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>Outcomes</Title>
        {!adding && <Button onClick={() => setAdding(true)}>Add outcome</Button>}
      </Group>
      {adding && (
        <Card withBorder padding="lg" component="section" aria-label="New outcome">
          <OutcomeForm onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </Card>
      )}
      {outcomes.error && (
        <Alert color="red" title="The outcomes could not load">
          {outcomes.error.message}
        </Alert>
      )}
      {outcomes.isPending && <Loader aria-label="Loading" />}
      {loaded && all.length === 0 && !adding && (
        <Alert color="indigo" title="No outcome yet">
          Growth starts with one concrete outcome 3–6 months away: a number that moves (“lift activation from 20% to 30% by June”) or a
          deliverable someone signs off (“a pricing strategy my VP approves by March”). “Learn growth” is not a goal. Then name the skill
          that blocks it.
        </Alert>
      )}
      {all.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {active.length} active of {all.length}
          </Text>
          <SegmentedControl
            size="xs"
            value={shown}
            onChange={(v) => setShown(v as 'active' | 'all')}
            data={[
              { value: 'active', label: 'Active' },
              { value: 'all', label: 'All' },
            ]}
            aria-label="Which outcomes to show"
          />
        </Group>
      )}
      {loaded && all.length > 0 && list.length === 0 && (
        <Text c="dimmed">No active outcome. Pick the next one, or show all to see the ones you achieved or set aside.</Text>
      )}
      {list.map(({ outcome, checkins }) => (
        <OutcomeCard key={outcome.id} outcome={outcome} checkins={checkins} today={today} focused={outcome.id === focus} />
      ))}
    </Stack>
  );
}
