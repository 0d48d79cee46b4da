import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useAdoptCounter } from './use-mirror-data.js';

/**
 * Adopt a counter-behaviour for one piece of feedback, from the history: what you will do
 * differently, dated today. The same mirror is then asked again a few weeks later.
 */
export function AdoptCounter({ feedbackId, giver, suggestion }: { feedbackId: string; giver: string; suggestion?: string | undefined }) {
  const [open, setOpen] = useState(false);
  const [counter, setCounter] = useState('');
  const adopt = useAdoptCounter();
  if (!open) {
    return (
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        Adopt a counter-behaviour
      </Button>
    );
  }
  const save = () => {
    const text = counter.trim() || suggestion || '';
    if (!text) return;
    adopt.mutate(
      { feedbackId, counter: text },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Adopted; you will be reminded to ask ${giver} again in three weeks` });
          setOpen(false);
          setCounter('');
        },
        onError: (error) => notifications.show({ color: 'red', message: `Not adopted: ${error.message}` }),
      },
    );
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label="What you will do differently"
        placeholder={suggestion ?? 'The counter-behaviour you will practise'}
        value={counter}
        onChange={(e) => setCounter(e.currentTarget.value)}
        style={{ flex: 1 }}
        size="xs"
      />
      <Button size="xs" onClick={save} loading={adopt.isPending}>
        Adopt
      </Button>
    </Group>
  );
}
