import { ActionIcon, Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { isoToday } from './board-stages.js';
import { useLogMeeting } from './use-mentor.js';

interface ItemDraft {
  key: number;
  text: string;
  dueOn: string;
}

let nextKey = 1;
const newItem = (): ItemDraft => ({ key: nextKey++, text: '', dueOn: '' });

/** Logs a meeting or exchange: date, objective, notes and action items with due dates. */
export function MeetingForm({ relationshipId, onDone }: { relationshipId: string; onDone: () => void }) {
  const [date, setDate] = useState('');
  const [objective, setObjective] = useState('');
  const [notes, setNotes] = useState('');
  const [items, setItems] = useState<ItemDraft[]>([]);
  const log = useLogMeeting();
  const change = (key: number, patch: Partial<ItemDraft>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const actionItems = items
      .filter((i) => i.text.trim())
      .map((i) => (i.dueOn ? { text: i.text.trim(), dueOn: i.dueOn } : { text: i.text.trim() }));
    log.mutate(
      {
        relationshipId,
        date: date || undefined,
        objective: objective.trim() || undefined,
        notes: notes.trim() || undefined,
        actionItems,
      },
      {
        onSuccess: () => {
          showDone('Meeting logged');
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <TextInput
          type="date"
          label="Meeting date"
          description="Leave empty for today"
          max={isoToday()}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          w={220}
        />
        <TextInput label="Objective" value={objective} onChange={(e) => setObjective(e.currentTarget.value)} />
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        {items.map((item, index) => (
          <Group key={item.key} align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label={`Action item ${index + 1}`}
              value={item.text}
              onChange={(e) => change(item.key, { text: e.currentTarget.value })}
              flex={1}
            />
            <TextInput
              type="date"
              label={`Action item ${index + 1} due`}
              value={item.dueOn}
              onChange={(e) => change(item.key, { dueOn: e.currentTarget.value })}
              w={170}
            />
            <ActionIcon
              variant="default"
              size="lg"
              mb={2}
              aria-label={`Remove action item ${index + 1}`}
              onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
            >
              <span aria-hidden>×</span>
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" size="xs" w="fit-content" onClick={() => setItems((list) => [...list, newItem()])}>
          Add action item
        </Button>
        {log.error && (
          <Alert color="red" title="The meeting was not logged">
            {errorMessage(log.error)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={log.isPending}>
            Save meeting
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
