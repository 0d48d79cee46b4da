import { Alert, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { daysSince } from './board-stages.js';
import type { OfficeHoursCadence, Relationship } from './mentor-records.js';
import { useUpdateRelationship } from './use-mentor.js';

const cadences = [
  { value: '', label: 'None' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'biweekly', label: 'Every two weeks' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'quarterly', label: 'Quarterly' },
];

/** Whether staying in touch is due, from the last real interaction (a message or a meeting). */
function touchStatus(relationship: Relationship, lastInteraction: string | null): string {
  if (!lastInteraction) return 'No message or meeting logged yet.';
  const days = daysSince(lastInteraction);
  const ago = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  const since = `Last real interaction ${lastInteraction} (${ago})`;
  if (days > relationship.maxGapDays) return `${since}: losing touch, past the maximum gap.`;
  if (days > relationship.idealGapDays) return `${since}: due to get in touch.`;
  return `${since}: in touch.`;
}

const whole = (value: string | number) => (typeof value === 'number' ? value : Number.parseInt(value, 10));

/** The keep-in-touch cadence (ideal and maximum gap) and the office hours slot of one relationship. */
export function CadenceForm({ relationship, lastInteraction }: { relationship: Relationship; lastInteraction: string | null }) {
  const [ideal, setIdeal] = useState<string | number>(relationship.idealGapDays);
  const [max, setMax] = useState<string | number>(relationship.maxGapDays);
  const [cadence, setCadence] = useState<string>(relationship.officeHoursCadence ?? '');
  const [minutes, setMinutes] = useState<string | number>(relationship.officeHoursMinutes ?? '');
  const save = useUpdateRelationship(relationship.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const slot = cadence ? whole(minutes) : Number.NaN;
    save.mutate(
      {
        idealGapDays: whole(ideal),
        maxGapDays: whole(max),
        officeHoursCadence: (cadence || null) as OfficeHoursCadence | null,
        officeHoursMinutes: Number.isFinite(slot) ? slot : null,
      },
      { onSuccess: () => showDone('Cadence saved') },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Title order={4}>Cadence</Title>
        <Text size="sm" c="dimmed">
          {touchStatus(relationship, lastInteraction)}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label="Ideal gap (days)" min={1} max={3650} allowDecimal={false} value={ideal} onChange={setIdeal} required />
          <NumberInput label="Maximum gap (days)" min={1} max={3650} allowDecimal={false} value={max} onChange={setMax} required />
          <NativeSelect label="Office hours" data={cadences} value={cadence} onChange={(e) => setCadence(e.currentTarget.value)} />
          <NumberInput
            label="Office hours minutes"
            min={5}
            max={240}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            disabled={!cadence}
          />
        </SimpleGrid>
        {save.error && (
          <Alert color="red" title="The cadence was not saved">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            Save cadence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
