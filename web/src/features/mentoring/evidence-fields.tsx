import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Link } from 'wouter';
import { useTeamDocuments } from '../library/use-team-library.js';
import { criterionLabels } from './mentoring-records.js';
import { type EvidenceDraft, errorAt, type FieldIssues, newEvidence } from './offer-draft.js';

const criterionOptions = (Object.keys(criterionLabels) as Array<keyof typeof criterionLabels>).map((value) => ({
  value,
  label: criterionLabels[value],
}));

/** One piece of evidence: its criterion, and a link, one of the member's shared documents or a note. */
function EvidenceRow({
  evidence,
  index,
  documents,
  issues,
  onChange,
  onRemove,
}: {
  evidence: EvidenceDraft;
  index: number;
  documents: Array<{ value: string; label: string }>;
  issues: FieldIssues;
  onChange: (patch: Partial<EvidenceDraft>) => void;
  onRemove: () => void;
}) {
  const name = `Evidence ${index + 1}`;
  const path = `evidence.${index}`;
  const problem = issues.find((i) => i.path === path)?.message;
  return (
    <Paper withBorder p="sm" component="fieldset" aria-label={name} m={0}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {name}
          </Text>
          <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={`Remove ${name.toLowerCase()}`}>
            Remove
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Criterion"
            data={criterionOptions}
            value={evidence.criterion}
            allowDeselect={false}
            onChange={(v) => v && onChange({ criterion: v as EvidenceDraft['criterion'] })}
          />
          <Select
            label="Shared document"
            description="One of yours in the team library"
            placeholder={documents.length ? 'none' : 'you share no document yet'}
            data={documents}
            value={evidence.artifactId}
            onChange={(artifactId) => onChange({ artifactId })}
            error={errorAt(issues, `${path}.artifactId`)}
            clearable
          />
        </SimpleGrid>
        <TextInput
          label="Link"
          description="A talk, a post, a product: what shows it"
          type="url"
          placeholder="https://"
          value={evidence.url}
          onChange={(e) => onChange({ url: e.currentTarget.value })}
          error={errorAt(issues, `${path}.url`)}
        />
        <TextInput
          label="Note"
          description="What it is, or evidence without a link"
          value={evidence.note}
          onChange={(e) => onChange({ note: e.currentTarget.value })}
          error={errorAt(issues, `${path}.note`)}
        />
        {problem && (
          <Text size="sm" c="red" role="alert">
            {name}: {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The evidence of an offer (SPEC §1.3): for Proven Excellence or Explaining Power, a link, one
 * of the member's documents shared in the team library, or a note. Colleagues read it in the
 * directory.
 */
export function EvidenceFields({
  userId,
  evidence,
  issues,
  onChange,
}: {
  userId: string;
  evidence: EvidenceDraft[];
  issues: FieldIssues;
  onChange: (evidence: EvidenceDraft[]) => void;
}) {
  const shared = useTeamDocuments(true);
  const documents = (shared.data ?? []).filter((d) => d.owner.id === userId).map((d) => ({ value: d.id, label: d.title }));
  const change = (key: number, patch: Partial<EvidenceDraft>) => onChange(evidence.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  return (
    <Stack gap="sm">
      {evidence.length === 0 && (
        <Text size="sm" c="dimmed">
          No evidence yet. A talk, a post or a document you wrote tells colleagues why to ask you.
        </Text>
      )}
      {evidence.map((e, index) => (
        <EvidenceRow
          key={e.key}
          evidence={e}
          index={index}
          documents={documents}
          issues={issues}
          onChange={(patch) => change(e.key, patch)}
          onRemove={() => onChange(evidence.filter((x) => x.key !== e.key))}
        />
      ))}
      {shared.error && (
        <Alert color="yellow" title="Your shared documents could not be read">
          You can still give a link or a note.
        </Alert>
      )}
      <Group gap="sm">
        <Button variant="light" onClick={() => onChange([...evidence, newEvidence()])}>
          Add evidence
        </Button>
        <Text size="xs" c="dimmed">
          To name a document, share it first in the{' '}
          <Anchor component={Link} href="/library" size="xs" underline="always">
            Library
          </Anchor>
          .
        </Text>
      </Group>
    </Stack>
  );
}
