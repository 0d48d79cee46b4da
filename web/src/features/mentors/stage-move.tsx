import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { stageLabel } from './board-stages.js';
import type { Stage } from './mentor-records.js';
import { useMoveStage } from './use-mentor.js';
import { useStageMoves } from './use-mentors.js';

/**
 * Moves a relationship to one of the stages the loop allows next (the server's rules say
 * which); a move refused for another reason shows the server's explanation.
 */
export function StageMove({ relationshipId, stage }: { relationshipId: string; stage: Stage }) {
  const moves = useStageMoves();
  const options = (moves.data?.[stage] ?? []).map((s) => ({ value: s, label: stageLabel(s) }));
  const [chosen, setTo] = useState<string>('');
  const to = options.some((o) => o.value === chosen) ? chosen : (options[0]?.value ?? '');
  const [note, setNote] = useState('');
  const move = useMoveStage(relationshipId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) return;
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
  if (moves.error) {
    return (
      <Alert color="red" title="The allowed moves could not be read">
        {errorMessage(moves.error)}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <NativeSelect
            label="Move to stage"
            description={`Allowed next from ${stageLabel(stage)}`}
            data={options}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            disabled={options.length === 0}
          />
          <TextInput label="Note on the move" value={note} onChange={(e) => setNote(e.currentTarget.value)} flex={1} miw={160} />
          <Button type="submit" variant="light" loading={move.isPending || moves.isPending} disabled={!to}>
            Move
          </Button>
        </Group>
        {moves.isSuccess && options.length === 0 && (
          <Text size="sm" c="dimmed">
            No move is allowed from {stageLabel(stage)}.
          </Text>
        )}
        {move.error && (
          <Alert color="red" title="The move was refused">
            {errorMessage(move.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
