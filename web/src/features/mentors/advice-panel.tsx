import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { AdviceItem } from './advice-item.js';
import type { Advice } from './mentor-records.js';
import { useAddAdvice } from './use-advice.js';
import { useMenteeRecord } from './use-mentor.js';

/** Your record as a mentee here: counts and whether to escalate. */
function MenteeSummary({ relationshipId }: { relationshipId: string }) {
  const record = useMenteeRecord(relationshipId);
  if (!record.data) return null;
  const c = record.data.counts;
  return (
    <Alert color={record.data.escalationSuggested ? 'teal' : 'blue'} title="Your record as a mentee" role="status">
      <Text size="sm">
        Advice received {c.received} · applied {c.applied} · with a result {c.withResult} · circled back {c.circledBack}
      </Text>
      <Text size="sm">{record.data.suggestion}.</Text>
    </Alert>
  );
}

/** Adds a piece of advice by hand, for advice given in a meeting or a call. */
function AddAdvice({ relationshipId }: { relationshipId: string }) {
  const [text, setText] = useState('');
  const add = useAddAdvice();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { relationshipId, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          showDone('Advice added');
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="xs">
        <TextInput label="Add advice by hand" placeholder="Try …" value={text} onChange={(e) => setText(e.currentTarget.value)} flex={1} />
        <Button type="submit" variant="light" disabled={!text.trim()} loading={add.isPending}>
          Add advice
        </Button>
      </Group>
      {add.error && (
        <Alert color="red" mt="xs" title="Not added">
          {errorMessage(add.error)}
        </Alert>
      )}
    </form>
  );
}

/** Advice tracking for one relationship: the mentee record, each piece of advice and its loop. */
export function AdvicePanel({ relationshipId, advice }: { relationshipId: string; advice: readonly Advice[] }) {
  return (
    <Stack gap="sm">
      <Title order={4}>Advice</Title>
      <MenteeSummary relationshipId={relationshipId} />
      {advice.length === 0 && (
        <Text size="sm" c="dimmed">
          No advice yet. Log their reply to capture the advice in it, or add a piece by hand.
        </Text>
      )}
      {advice.map((a) => (
        <AdviceItem key={a.id} advice={a} />
      ))}
      <AddAdvice relationshipId={relationshipId} />
    </Stack>
  );
}
