import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { boardStages, stageLabel } from './board-stages.js';
import type { Stage } from './mentor-records.js';
import { useMoveStage } from './use-mentor.js';

/** Moves a relationship to any stage; the server says why when the loop does not allow it. */
export function StageMove({ relationshipId, stage }: { relationshipId: string; stage: Stage }) {
  const options = boardStages.filter((s) => s.stage !== stage).map((s) => ({ value: s.stage, label: s.label }));
  const [to, setTo] = useState<string>(options[0]?.value ?? '');
  const [note, setNote] = useState('');
  const move = useMoveStage(relationshipId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate(
      { to, note: note.trim() || undefined },
      {
        onSuccess: () => {
          showDone(`Moved to ${stageLabel(to as Stage)}`);
          setNote('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <NativeSelect label="Move to stage" data={options} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <TextInput label="Note on the move" value={note} onChange={(e) => setNote(e.currentTarget.value)} flex={1} miw={160} />
          <Button type="submit" variant="light" loading={move.isPending}>
            Move
          </Button>
        </Group>
        {move.error && (
          <Alert color="red" title="The move was refused">
            {errorMessage(move.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
