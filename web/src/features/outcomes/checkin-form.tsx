import { Button, Group, NumberInput, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { showError } from '../../api/show-error.js';
import { useCheckin } from './use-outcomes.js';

/** Records where an outcome stands today: the value, a note on what changed and your confidence. */
export function CheckinForm({ outcomeId, today, onDone }: { outcomeId: string; today: string; onDone: () => void }) {
  const [value, setValue] = useState<number | string>('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [confidence, setConfidence] = useState(70);
  const checkin = useCheckin();
  const save = () =>
    checkin.mutate(
      { outcomeId, date, value: value === '' ? null : Number(value), note: note.trim() || null, confidence },
      { onSuccess: onDone, onError: (error) => showError('The check-in was not saved', error) },
    );
  return (
    <Stack gap="xs">
      <Group grow align="flex-end">
        <NumberInput label="Value" value={value} onChange={setValue} decimalScale={4} />
        <TextInput label="Date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      </Group>
      <TextInput
        label="Note"
        placeholder="What changed since the last check-in"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Text size="sm" id={`confidence-${outcomeId}`}>
        Confidence: {confidence}%
      </Text>
      <Slider value={confidence} onChange={setConfidence} min={0} max={100} step={5} aria-labelledby={`confidence-${outcomeId}`} />
      <Group>
        <Button onClick={save} loading={checkin.isPending}>
          Save check-in
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
