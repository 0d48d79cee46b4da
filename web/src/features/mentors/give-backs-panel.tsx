import { Alert, Button, Group, List, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { isoToday } from './board-stages.js';
import type { GiveBack } from './mentor-records.js';
import { useAddGiveBack } from './use-mentor.js';

/** What you have offered or given the mentor, and a form to add to it. */
export function GiveBacksPanel({ mentorId, giveBacks }: { mentorId: string; giveBacks: readonly GiveBack[] }) {
  const [description, setDescription] = useState('');
  const [date, setDate] = useState('');
  const add = useAddGiveBack();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { mentorId, description: description.trim(), ...(date ? { date } : {}) },
      {
        onSuccess: () => {
          setDescription('');
          setDate('');
          showDone('Give-back recorded');
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Title order={3}>Give-backs</Title>
      {giveBacks.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing offered yet. A write-up, an introduction or a useful link keeps the relationship two-way.
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label="Give-backs">
          {giveBacks.map((g) => (
            <List.Item key={g.id}>
              <Text span size="sm" c="dimmed">
                {g.date}:{' '}
              </Text>
              {g.description}
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Textarea
            label="What you offered or gave"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Given on"
            description="Leave empty for today"
            max={isoToday()}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            w={220}
          />
          {add.error && (
            <Alert color="red" title="Not recorded">
              {errorMessage(add.error)}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="light" disabled={!description.trim()} loading={add.isPending}>
              Add give-back
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
