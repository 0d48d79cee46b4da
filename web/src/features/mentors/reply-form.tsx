import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { isoToday } from './board-stages.js';
import { useLogReply } from './use-advice.js';

/** How many pieces of advice a capture found, in words. */
export function capturedText(created: number): string {
  if (created === 0) return 'no new advice found in it';
  return created === 1 ? '1 piece of advice captured' : `${created} pieces of advice captured`;
}

/** Pastes a mentor's reply: logs it (moving an ask to "replied") and captures the advice in it. */
export function ReplyForm({ relationshipId, onDone }: { relationshipId: string; onDone: () => void }) {
  const [body, setBody] = useState('');
  const [on, setOn] = useState('');
  const log = useLogReply();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(
      { relationshipId, body, sentOn: on || undefined },
      {
        onSuccess: (captured) => {
          showDone(`Reply logged; ${capturedText(captured.created)}`);
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Textarea
          label="Their reply"
          description="Paste it as they wrote it; advice such as “try …” or “I’d look at …” is picked out"
          autosize
          minRows={3}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="Received on"
          description="Leave empty for today"
          max={isoToday()}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          w={220}
        />
        {log.error && (
          <Alert color="red" title="The reply was not logged">
            {errorMessage(log.error)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={log.isPending} disabled={!body.trim()}>
            Log reply and capture advice
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
