import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { classifySkill } from '../../../../src/analysis/checks/skill/classify-skill.js';
import { showError } from '../../api/show-error.js';
import { type Gap, methods, type Outcome, useCreateGap } from './use-gaps.js';

const skills = ['execution', 'strategy', 'product-sense', 'communication', 'leadership', 'management'];

/** A new skill gap, classified as you type (IQ or EQ, which skill), with its method and horizon. */
export function GapForm({
  outcomes,
  outcomeId,
  onSaved,
}: {
  outcomes: readonly Outcome[];
  outcomeId?: string;
  onSaved: (gap: Gap) => void;
}) {
  const [statement, setStatement] = useState('');
  const [debounced] = useDebouncedValue(statement, 200);
  const [skill, setSkill] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(outcomeId ?? null);
  const create = useCreateGap();
  const result = useMemo(() => (debounced.trim() ? classifySkill(debounced) : null), [debounced]);
  const chosen = skill ?? result?.skill ?? null;
  const method = result ? methods[result.category === 'IQ' ? 'iq' : 'eq'] : null;
  const save = () => {
    if (!chosen) return;
    create.mutate(
      { statement: statement.trim(), skill: chosen, outcomeId: outcome },
      { onSuccess: onSaved, onError: (error) => showError('The skill gap was not saved', error) },
    );
  };
  return (
    <Stack>
      <Textarea
        label="Skill gap"
        description="What blocks the outcome, in your own words: what happens, or what you have never done."
        autosize
        minRows={2}
        value={statement}
        onChange={(e) => setStatement(e.currentTarget.value)}
      />
      {result && method && (
        <Stack gap={2} aria-live="polite" aria-label="Classification">
          <Group gap="xs">
            <Badge color={result.category === 'IQ' ? 'indigo' : 'grape'}>{result.category}</Badge>
            <Text size="sm" fw={600}>
              {result.skill}
            </Text>
            <Text size="sm" c="dimmed">
              confidence {Math.round(result.confidence * 100)}%
            </Text>
          </Group>
          <Text size="sm">
            {method.name}: {method.how}. Horizon {method.horizon}.
          </Text>
        </Stack>
      )}
      <Group grow>
        <Select label="Skill" placeholder="as classified" data={skills} value={chosen} onChange={setSkill} clearable />
        <Select
          label="Outcome it blocks"
          data={outcomes.map((o) => ({ value: o.id, label: o.statement.length > 80 ? `${o.statement.slice(0, 79)}…` : o.statement }))}
          value={outcome}
          onChange={setOutcome}
          clearable
        />
      </Group>
      <Group>
        <Button onClick={save} loading={create.isPending} disabled={!statement.trim() || !chosen}>
          Save skill gap
        </Button>
      </Group>
    </Stack>
  );
}
