import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { type SlotCadence, slotCadences, type Weekday, weekdays } from './mentoring-records.js';
import { errorAt, type FieldIssues, newSlot, type OfferDraft, type SlotDraft, timeZones } from './offer-draft.js';

const capital = (word: string) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
const weekdayOptions = weekdays.map((value) => ({ value, label: capital(value) }));
const cadenceOptions = slotCadences.map((value) => ({
  value,
  label: value === 'weekly' ? 'Every week' : 'Once a month (the first such weekday)',
}));

/** One recurring slot: a weekday, a start time and its length. */
function SlotRow({
  slot,
  index,
  issues,
  onChange,
  onRemove,
}: {
  slot: SlotDraft;
  index: number;
  issues: FieldIssues;
  onChange: (patch: Partial<SlotDraft>) => void;
  onRemove: () => void;
}) {
  const name = `Slot ${index + 1}`;
  const path = `officeHours.slots.${index}`;
  return (
    <Paper withBorder p="sm" role="group" aria-label={name}>
      <Group align="flex-end" gap="sm">
        <Select
          label="Weekday"
          data={weekdayOptions}
          value={slot.weekday}
          allowDeselect={false}
          onChange={(v) => v && onChange({ weekday: v as Weekday })}
          error={errorAt(issues, `${path}.weekday`)}
          w={160}
        />
        <TextInput
          label="Starts at"
          type="time"
          value={slot.time}
          onChange={(e) => onChange({ time: e.currentTarget.value })}
          error={errorAt(issues, `${path}.time`)}
          w={140}
        />
        <NumberInput
          label="Minutes"
          min={10}
          max={60}
          step={5}
          allowDecimal={false}
          value={slot.minutes}
          onChange={(minutes) => onChange({ minutes })}
          error={errorAt(issues, `${path}.minutes`)}
          w={120}
        />
        <Button variant="subtle" color="red" onClick={onRemove} aria-label={`Remove ${name.toLowerCase()}`}>
          Remove
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * Office hours: whether the member offers them, how often the slots recur, the time zone they
 * are written in (the browser's by default) and the slots themselves.
 */
export function OfficeHoursFields({
  draft,
  issues,
  onChange,
}: {
  draft: OfferDraft;
  issues: FieldIssues;
  onChange: (patch: Partial<OfferDraft>) => void;
}) {
  const zones = useMemo(timeZones, []);
  const slotsProblem = issues.find((i) => i.path === 'officeHours.slots')?.message;
  const change = (key: number, patch: Partial<SlotDraft>) =>
    onChange({ slots: draft.slots.map((s) => (s.key === key ? { ...s, ...patch } : s)) });
  return (
    <Stack gap="sm">
      <Switch
        label="Offer office hours"
        description="Recurring slots a mentee can be given, in your time zone"
        checked={draft.officeHours}
        onChange={(e) => onChange({ officeHours: e.currentTarget.checked })}
      />
      {draft.officeHours && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="How often"
              data={cadenceOptions}
              value={draft.cadence}
              allowDeselect={false}
              onChange={(v) => v && onChange({ cadence: v as SlotCadence })}
            />
            <Select
              label="Time zone"
              description="The slots’ times are in this zone"
              data={zones}
              value={draft.timeZone}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No time zone by that name"
              onChange={(v) => v && onChange({ timeZone: v })}
              error={errorAt(issues, 'officeHours.timeZone')}
            />
          </SimpleGrid>
          {draft.slots.map((slot, index) => (
            <SlotRow
              key={slot.key}
              slot={slot}
              index={index}
              issues={issues}
              onChange={(patch) => change(slot.key, patch)}
              onRemove={() => onChange({ slots: draft.slots.filter((s) => s.key !== slot.key) })}
            />
          ))}
          {slotsProblem && (
            <Text size="sm" c="red" role="alert">
              Office hours: {slotsProblem}
            </Text>
          )}
          <Group>
            <Button variant="light" onClick={() => onChange({ slots: [...draft.slots, newSlot()] })} disabled={draft.slots.length >= 14}>
              Add a slot
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
