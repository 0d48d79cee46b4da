import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { AdviceItem } from './advice-item.js';
import type { Advice, MenteeRecord, Message } from './mentor-records.js';
import { useAddAdvice, useMergeAdvice } from './use-advice.js';
import { useMenteeRecord } from './use-mentor.js';

/**
 * A record as a mentee: the advice received, applied, with a result and circled back, and
 * whether to escalate. `title` names whose record it is; a mentor reading a colleague's sees
 * the counts without the suggestion, which speaks to the mentee.
 */
export function MenteeRecordSummary({
  record,
  title = 'Your record as a mentee',
  withSuggestion = true,
}: {
  record: MenteeRecord;
  title?: string;
  withSuggestion?: boolean;
}) {
  const c = record.counts;
  return (
    <Alert color={record.escalationSuggested ? 'grape' : 'blue'} title={title} role="status">
      <Text size="sm">
        Advice received {c.received} · applied {c.applied} · with a result {c.withResult} · circled back {c.circledBack}
      </Text>
      {withSuggestion && <Text size="sm">{record.suggestion}.</Text>}
    </Alert>
  );
}

/** Your record as a mentee here: counts and whether to escalate. */
function MenteeSummary({ relationshipId }: { relationshipId: string }) {
  const record = useMenteeRecord(relationshipId);
  if (!record.data) return null;
  return <MenteeRecordSummary record={record.data} />;
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

/** Props of `AdvicePanel`. */
export interface AdvicePanelProps {
  relationshipId: string;
  mentorId: string;
  advice: readonly Advice[];
  /** The relationship's messages, to tell each piece whether the circle-back that named it passed. */
  messages: readonly Message[];
}

/**
 * Advice tracking for one relationship: the mentee record, each piece of advice and its loop,
 * and merging pieces that were captured apart but are one instruction (in the order chosen).
 */
export function AdvicePanel({ relationshipId, mentorId, advice, messages }: AdvicePanelProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const merge = useMergeAdvice();
  const present = chosen.filter((id) => advice.some((a) => a.id === id));
  const byId = new Map(messages.map((m) => [m.id, m]));
  const linked = (a: Advice) => {
    const m = a.circleBackMessageId ? byId.get(a.circleBackMessageId) : undefined;
    return m ? { sentOn: m.sentOn, passed: m.checkVerdict === 'pass' } : null;
  };
  const select = (id: string, on: boolean) => setChosen((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)));
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
        <AdviceItem
          key={a.id}
          advice={a}
          mentorId={mentorId}
          linked={linked(a)}
          selected={present.includes(a.id)}
          onSelect={(on) => select(a.id, on)}
        />
      ))}
      {present.length > 0 && (
        <Group gap="xs">
          <Button
            size="xs"
            disabled={present.length < 2}
            loading={merge.isPending}
            onClick={() =>
              merge.mutate(present, {
                onSuccess: () => {
                  setChosen([]);
                  showDone('Advice merged');
                },
              })
            }
          >
            Merge {present.length} selected into one
          </Button>
          <Text size="xs" c="dimmed">
            The first selected keeps its steps; the others' words are added to it.
          </Text>
        </Group>
      )}
      {merge.error && (
        <Alert color="red" title="Not merged" withCloseButton onClose={() => merge.reset()}>
          {errorMessage(merge.error)}
        </Alert>
      )}
      <AddAdvice relationshipId={relationshipId} />
    </Stack>
  );
}
