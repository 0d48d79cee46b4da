import { Alert, Button, Group, List, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import type { Evidence, Mentor } from './mentor-records.js';
import { SafeLink } from './safe-link.js';
import { useAddEvidence, useUpdateMentor } from './use-mentor.js';

const criteria = [
  { value: 'excellence', label: 'Proven Excellence', hint: 'World-class at this specific skill' },
  { value: 'explaining', label: 'Explaining Power', hint: 'Can say how they do it: talks, posts, teaching' },
] as const;

const asScore = (value: string | number) => (typeof value === 'number' ? value : null);

/** The two scores, 1–5, saved together. */
function ScoresForm({ mentor }: { mentor: Mentor }) {
  const [excellence, setExcellence] = useState<string | number>(mentor.excellenceScore ?? '');
  const [explaining, setExplaining] = useState<string | number>(mentor.explainingScore ?? '');
  const save = useUpdateMentor(mentor.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { excellenceScore: asScore(excellence), explainingScore: asScore(explaining) },
      { onSuccess: () => showDone('Scores saved') },
    );
  };
  const input = { min: 1, max: 5, allowDecimal: false, clampBehavior: 'strict' as const };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 1 }}>
          <NumberInput label="Proven Excellence (1–5)" {...input} value={excellence} onChange={setExcellence} />
          <NumberInput label="Explaining Power (1–5)" {...input} value={explaining} onChange={setExplaining} />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            Save scores
          </Button>
        </Group>
      </Stack>
      {save.error && (
        <Alert color="red" mt="xs" title="Scores not saved">
          {errorMessage(save.error)}
        </Alert>
      )}
    </form>
  );
}

/** Adds a link or a note backing one of the two scores. */
function EvidenceForm({ mentorId }: { mentorId: string }) {
  const [criterion, setCriterion] = useState<Evidence['criterion']>('excellence');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const add = useAddEvidence();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { mentorId, criterion, ...(url.trim() ? { url: url.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    add.mutate(input, {
      onSuccess: () => {
        setUrl('');
        setNote('');
        showDone('Evidence added');
      },
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <NativeSelect
          label="Evidence for"
          data={criteria.map((c) => ({ value: c.value, label: c.label }))}
          value={criterion}
          onChange={(e) => setCriterion(e.currentTarget.value === 'explaining' ? 'explaining' : 'excellence')}
        />
        <TextInput label="Evidence link" type="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
        <Textarea label="Evidence note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {add.error && (
          <Alert color="red" title="Evidence not added">
            {errorMessage(add.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="light" disabled={!url.trim() && !note.trim()} loading={add.isPending}>
            Add evidence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The two criteria of a mentor (SPEC §1.3), each with its score and the evidence behind it. */
export function MentorScores({ mentor, evidence }: { mentor: Mentor; evidence: readonly Evidence[] }) {
  return (
    <Stack gap="sm">
      <Title order={3}>Scores and evidence</Title>
      <ScoresForm key={mentor.updatedAt} mentor={mentor} />
      {criteria.map((c) => {
        const items = evidence.filter((e) => e.criterion === c.value);
        return (
          <Stack key={c.value} gap={4}>
            <Text size="sm" fw={600}>
              {c.label}: {(c.value === 'excellence' ? mentor.excellenceScore : mentor.explainingScore) ?? '—'}/5
            </Text>
            <Text size="xs" c="dimmed">
              {c.hint}
            </Text>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                No evidence yet.
              </Text>
            ) : (
              <List size="sm" spacing={4} aria-label={`Evidence for ${c.label}`}>
                {items.map((e) => (
                  <List.Item key={e.id}>
                    {e.note && (
                      <Text span size="sm">
                        {e.note}{' '}
                      </Text>
                    )}
                    {e.url && <SafeLink href={e.url} />}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      })}
      <EvidenceForm mentorId={mentor.id} />
    </Stack>
  );
}
