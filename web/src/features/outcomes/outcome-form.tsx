import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { checkGoal } from '../../../../src/analysis/checks/goal/check-goal.js';
import { showError } from '../../api/show-error.js';
import { GoalCheckView } from './goal-check-view.js';
import { type Outcome, useCreateOutcome, useToday } from './use-outcomes.js';

/**
 * A new outcome, checked as you type against the framework (measurable or deliverable,
 * time-bound, not an activity). Numbers the check reads from the statement prefill the fields.
 */
export function OutcomeForm({ onSaved, requireConcrete = false }: { onSaved: (outcome: Outcome) => void; requireConcrete?: boolean }) {
  const today = useToday();
  const [statement, setStatement] = useState('');
  const [debounced] = useDebouncedValue(statement, 200);
  const [metric, setMetric] = useState('');
  const [baseline, setBaseline] = useState<number | string>('');
  const [target, setTarget] = useState<number | string>('');
  const [unit, setUnit] = useState('');
  const create = useCreateOutcome();
  const result = useMemo(
    () => (debounced.trim() && today.data ? checkGoal(debounced, { today: today.data }) : null),
    [debounced, today.data],
  );
  const read = result?.outcome;
  const number = (value: number | string, fallback: number | null | undefined) => (value === '' ? (fallback ?? null) : Number(value));
  const save = () => {
    const input = {
      statement: statement.trim(),
      kind: read?.kind ?? null,
      metric: metric.trim() || read?.metric || null,
      direction: read?.direction ?? null,
      baseline: number(baseline, read?.baseline),
      target: number(target, read?.target),
      unit: unit.trim() || null,
      deadline: read?.deadline ?? null,
    };
    create.mutate(input, { onSuccess: onSaved, onError: (error) => showError('The outcome was not saved', error) });
  };
  const blocked = !statement.trim() || (requireConcrete && result?.verdict !== 'concrete');
  return (
    <Stack>
      <Textarea
        label="Outcome"
        description="One concrete result in 3–6 months that proves mastery, not “learn growth”."
        autosize
        minRows={2}
        value={statement}
        onChange={(e) => setStatement(e.currentTarget.value)}
      />
      <GoalCheckView result={result} />
      <Group grow>
        <TextInput
          label="Metric"
          placeholder={read?.metric ?? 'e.g. activation rate'}
          value={metric}
          onChange={(e) => setMetric(e.currentTarget.value)}
        />
        <NumberInput
          label="Baseline"
          placeholder={read?.baseline?.toString() ?? ''}
          value={baseline}
          onChange={setBaseline}
          decimalScale={4}
        />
        <NumberInput label="Target" placeholder={read?.target?.toString() ?? ''} value={target} onChange={setTarget} decimalScale={4} />
        <TextInput label="Unit" placeholder="%, USD, days…" value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
      </Group>
      <Group>
        <Button onClick={save} loading={create.isPending} disabled={blocked}>
          Save outcome
        </Button>
      </Group>
    </Stack>
  );
}

/** The statuses an outcome can have, for a select. */
export function StatusSelect({ value, onChange }: { value: string; onChange: (status: string) => void }) {
  return (
    <Select
      label="Status"
      size="xs"
      w={140}
      data={['active', 'achieved', 'abandoned']}
      value={value}
      allowDeselect={false}
      onChange={(v) => v && onChange(v)}
    />
  );
}
