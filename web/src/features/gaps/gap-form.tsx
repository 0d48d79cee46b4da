import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { classifySkill } from '../../../../src/analysis/checks/skill/classify-skill.js';
import { showError } from '../../api/show-error.js';
import { categoryOf, type Gap, methods, type Outcome, outcomeOption, skills, useCreateGap } from './use-gaps.js';

/** How long typing pauses before the statement is classified again. */
const DEBOUNCE_MS = 150;

/** What the classifier made of the statement: IQ or EQ, the skill, its method and horizon, and the words that decided it. */
function Classification({ result, chosen }: { result: ReturnType<typeof classifySkill>; chosen: Gap['skill'] }) {
  const overridden = chosen !== result.skill;
  const category = overridden ? categoryOf(chosen) : result.method === 'artifact' ? 'iq' : 'eq';
  const method = methods[category];
  return (
    <Stack gap={2} role="status" aria-label="Classification">
      <Group gap="xs">
        <Badge color={category === 'iq' ? 'indigo' : 'grape'}>{category.toUpperCase()}</Badge>
        <Text size="sm" fw={600}>
          {chosen}
        </Text>
        <Text size="sm" c="dimmed">
          {overridden ? `your choice (classified as ${result.skill})` : `confidence ${Math.round(result.confidence * 100)}%`}
        </Text>
      </Group>
      <Text size="sm">
        {method.name}: {method.how}. Horizon {overridden ? method.horizon : result.horizon.replace('-', '–')}.
      </Text>
      {!overridden && result.evidence.length > 0 && (
        <Text size="xs" c="dimmed">
          Decided by: {[...new Set(result.evidence.map((e) => `“${e.text}”`))].slice(0, 5).join(', ')}
        </Text>
      )}
    </Stack>
  );
}

/** A new skill gap, classified as you type (IQ or EQ, which skill), with its method and horizon, linked to an outcome. */
export function GapForm({
  outcomes,
  outcomeId,
  onSaved,
  onCancel,
  draft,
  onDraft,
}: {
  outcomes: readonly Outcome[];
  /** The outcome preselected (the coach passes the one just written). */
  outcomeId?: string;
  onSaved: (gap: Gap) => void;
  onCancel?: () => void;
  /** A statement typed earlier and not yet saved, to start from (the coach keeps it). */
  draft?: string;
  /** Told each change of the statement, so a caller can keep the draft. */
  onDraft?: (statement: string) => void;
}) {
  const [statement, setStatementState] = useState(draft ?? '');
  const setStatement = (value: string) => {
    setStatementState(value);
    onDraft?.(value);
  };
  const [debounced] = useDebouncedValue(statement, DEBOUNCE_MS);
  const [skill, setSkill] = useState<Gap['skill'] | null>(null);
  const [outcome, setOutcome] = useState<string | null>(outcomeId ?? null);
  const create = useCreateGap();
  const result = useMemo(() => (debounced.trim() ? classifySkill(debounced) : null), [debounced]);
  const chosen = skill ?? result?.skill ?? null;
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
      {result && chosen ? (
        <Classification result={result} chosen={chosen} />
      ) : (
        <Text size="sm" c="dimmed">
          The gap is classified as you type: IQ (execution, strategy, product sense) or EQ (communication, leadership, management).
        </Text>
      )}
      <Group grow align="flex-start">
        <Select
          label="Skill"
          description="as classified, unless you pick another"
          placeholder="as classified"
          data={skills.map((s) => ({ value: s.value, label: `${s.value} (${s.category.toUpperCase()})` }))}
          value={skill}
          onChange={(v) => setSkill(v as Gap['skill'] | null)}
          clearable
        />
        <Select
          label="Outcome it blocks"
          description="the outcome this gap stands in the way of"
          placeholder="none"
          data={outcomes.map(outcomeOption)}
          value={outcome}
          onChange={setOutcome}
          clearable
        />
      </Group>
      <Group>
        <Button onClick={save} loading={create.isPending} disabled={!statement.trim() || !chosen}>
          Save skill gap
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
