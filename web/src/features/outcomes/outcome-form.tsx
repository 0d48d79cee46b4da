import { Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { checkGoal } from '../../../../src/analysis/checks/goal/check-goal.js';
import { showError } from '../../api/show-error.js';
import { GoalCheckView } from './goal-check-view.js';
import { type Outcome, type OutcomeInput, useCreateOutcome, useToday, useUpdateOutcome } from './use-outcomes.js';

/** How long typing pauses before the check runs again, so every keystroke stays smooth. */
const DEBOUNCE_MS = 150;

const asField = (value: number | null | undefined): number | string => (value === null || value === undefined ? '' : value);
const numberOr = (value: number | string, fallback: number | null | undefined) => (value === '' ? (fallback ?? null) : Number(value));

/**
 * An outcome, new or existing, checked as you type against the framework (measurable or
 * deliverable, time-bound, not an activity). Fields left empty take what the check reads from
 * the statement (its metric, baseline, target and deadline).
 */
export function OutcomeForm({
  outcome,
  onSaved,
  onCancel,
  requireConcrete = false,
  draft,
  onDraft,
}: {
  /** The outcome to change; a new one is created without it. */
  outcome?: Outcome;
  onSaved: (outcome: Outcome) => void;
  onCancel?: () => void;
  /** Only a concrete outcome may be saved (the coach will not go on with a vague one). */
  requireConcrete?: boolean;
  /** A statement typed earlier and not yet saved, to start from (the coach keeps it). */
  draft?: string;
  /** Told each change of the statement, so a caller can keep the draft. */
  onDraft?: (statement: string) => void;
}) {
  const today = useToday();
  const [statement, setStatementState] = useState(outcome?.statement ?? draft ?? '');
  const setStatement = (value: string) => {
    setStatementState(value);
    onDraft?.(value);
  };
  const [debounced] = useDebouncedValue(statement, DEBOUNCE_MS);
  const [metric, setMetric] = useState(outcome?.metric ?? '');
  const [baseline, setBaseline] = useState<number | string>(asField(outcome?.baseline));
  const [target, setTarget] = useState<number | string>(asField(outcome?.target));
  const [unit, setUnit] = useState(outcome?.unit ?? '');
  const create = useCreateOutcome();
  const update = useUpdateOutcome();
  const result = useMemo(() => (debounced.trim() ? checkGoal(debounced, { today }) : null), [debounced, today]);
  // The check of what is in the box now: the debounced one may be a keystroke behind.
  const current = debounced === statement ? result : null;
  const read = current?.outcome;
  // "From 30% to 40%" is a change in points: the levels themselves are percentages.
  const pctUnit = read?.change?.unit === 'points' ? '%' : null;
  const save = () => {
    const input: OutcomeInput = {
      statement: statement.trim(),
      kind: read?.kind ?? outcome?.kind ?? null,
      metric: metric.trim() || read?.metric || null,
      direction: read?.direction ?? outcome?.direction ?? null,
      baseline: numberOr(baseline, read?.baseline),
      target: numberOr(target, read?.target),
      unit: unit.trim() || pctUnit,
      deadline: read?.deadline ?? outcome?.deadline ?? null,
    };
    const done = { onSuccess: onSaved, onError: (error: Error) => showError('The outcome was not saved', error) };
    if (outcome) update.mutate({ id: outcome.id, patch: input }, done);
    else create.mutate(input, done);
  };
  const vague = requireConcrete && statement.trim() !== '' && current?.verdict !== 'concrete';
  const blocked = !statement.trim() || (requireConcrete && current?.verdict !== 'concrete');
  return (
    <Stack>
      <Textarea
        label="Outcome"
        description="One result in 3–6 months that proves mastery: a number that moves, or something you deliver that someone signs off."
        autosize
        minRows={2}
        value={statement}
        onChange={(e) => setStatement(e.currentTarget.value)}
      />
      <GoalCheckView result={result} />
      <Group grow align="flex-start">
        <TextInput
          label="Metric"
          placeholder={read?.metric ?? 'e.g. activation rate'}
          value={metric}
          onChange={(e) => setMetric(e.currentTarget.value)}
        />
        <NumberInput
          label="Baseline"
          placeholder={read?.baseline?.toString() ?? 'where it is now'}
          value={baseline}
          onChange={setBaseline}
          decimalScale={4}
        />
        <NumberInput
          label="Target"
          placeholder={read?.target?.toString() ?? 'where it should be'}
          value={target}
          onChange={setTarget}
          decimalScale={4}
        />
        <TextInput label="Unit" placeholder={pctUnit ?? '%, USD, days…'} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
      </Group>
      {vague && (
        <Text size="sm" fw={600}>
          Make the outcome concrete to go on: the check above says what is missing.
        </Text>
      )}
      <Group>
        <Button onClick={save} loading={create.isPending || update.isPending} disabled={blocked}>
          {outcome ? 'Save changes' : 'Save outcome'}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}
