import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { GapForm } from './gap-form.js';
import { methods, useGaps } from './use-gaps.js';

/** Skill gaps: the skill that blocks each outcome, classified IQ or EQ, with its method and horizon. */
export function GapsPage() {
  const [adding, setAdding] = useState(false);
  const data = useGaps();
  const outcomeOf = (id: string | null) => data.data?.outcomes.find((o) => o.id === id)?.statement;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>Skill gaps</Title>
        {!adding && <Button onClick={() => setAdding(true)}>Add skill gap</Button>}
      </Group>
      {data.error && <Alert color="red">{data.error.message}</Alert>}
      {data.isPending && <Loader aria-label="Loading" />}
      {adding && data.data && (
        <Card withBorder padding="lg" component="section" aria-label="New skill gap">
          <GapForm outcomes={data.data.outcomes} onSaved={() => setAdding(false)} />
        </Card>
      )}
      {data.data?.gaps.length === 0 && !adding && (
        <Alert color="indigo" title="No skill gap yet">
          Name the one skill that blocks your outcome. IQ gaps (execution, strategy, product sense) close by studying gold-standard
          documents; EQ gaps (communication, leadership, management) by asking for specific, subjective feedback.
        </Alert>
      )}
      {data.data?.gaps.map((gap) => {
        const method = methods[gap.category];
        return (
          <Card key={gap.id} withBorder padding="lg" component="article" aria-label={gap.statement}>
            <Group gap="xs" mb={4}>
              <Badge color={gap.category === 'iq' ? 'indigo' : 'grape'}>{gap.category.toUpperCase()}</Badge>
              <Text fw={600}>{gap.skill}</Text>
              <Badge variant="outline" color="gray">
                {gap.status}
              </Badge>
            </Group>
            <Text>{gap.statement}</Text>
            <Text size="sm" c="dimmed" mt={4}>
              {method.name}: {method.how}. Horizon {method.horizon}.
            </Text>
            {gap.outcomeId && (
              <Text size="sm" mt={4}>
                Blocks: {outcomeOf(gap.outcomeId)}
              </Text>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
