import { Alert, Button, Card, Group, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { GapCard } from './gap-card.js';
import { GapForm } from './gap-form.js';
import { useGaps } from './use-gaps.js';

/**
 * Skill gaps: the skill that blocks each outcome, classified IQ or EQ, with its method and
 * horizon. `?new=1` opens the form for a new one; `?focus=<id>` scrolls to one and highlights it.
 */
export function GapsPage() {
  const params = new URLSearchParams(useSearch());
  const focus = params.get('focus');
  const [adding, setAdding] = useState(params.has('new'));
  const data = useGaps();
  const loaded = data.isSuccess;
  useEffect(() => {
    if (loaded && focus) document.getElementById(`gap-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [loaded, focus]);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>Skill gaps</Title>
        {!adding && <Button onClick={() => setAdding(true)}>Add skill gap</Button>}
      </Group>
      {data.error && (
        <Alert color="red" title="The skill gaps could not load">
          {data.error.message}
        </Alert>
      )}
      {data.isPending && <Loader aria-label="Loading" />}
      {adding && data.data && (
        <Card withBorder padding="lg" component="section" aria-label="New skill gap">
          <GapForm
            outcomes={data.data.outcomes.filter((o) => o.status === 'active')}
            onSaved={() => setAdding(false)}
            onCancel={() => setAdding(false)}
          />
        </Card>
      )}
      {data.data?.gaps.length === 0 && !adding && (
        <Alert color="indigo" title="No skill gap yet">
          Name the one skill that blocks your outcome. IQ gaps (execution, strategy, product sense) close in 3–6 months by studying
          gold-standard documents; EQ gaps (communication, leadership, management) take a year or more of specific, subjective feedback.
        </Alert>
      )}
      {data.data?.gaps.map((gap) => (
        <GapCard key={gap.id} gap={gap} outcomes={data.data.outcomes} focused={gap.id === focus} />
      ))}
    </Stack>
  );
}
