import { ActionIcon, Alert, Badge, Box, Button, Checkbox, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import type { DocumentSummary, TemplateSummary } from './library-records.js';
import { ShareSwitch } from './share-switch.js';
import { useCreateTemplate, useDeleteTemplate, useTemplate } from './use-library.js';

/** Builds a template from chosen library documents: the ordered union of their questions. */
export function TemplateBuilder({ documents, onCreated }: { documents: DocumentSummary[]; onCreated: (id: string) => void }) {
  const create = useCreateTemplate();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const ready = name.trim() !== '' && chosen.length > 0;
  const submit = () =>
    create.mutate(
      { name: name.trim(), artifactIds: chosen },
      {
        onSuccess: (template) => {
          showDone(`Template “${template.name}” created with ${template.questions.length} questions`);
          setName('');
          setChosen([]);
          onCreated(template.id);
        },
        onError: (error) => showError('The template was not created', error),
      },
    );
  if (documents.length === 0) return <Text c="dimmed">Add documents to the library first; a template is built from them.</Text>;
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <TextInput label="Template name" placeholder="e.g. RFC" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
      <Checkbox.Group label="Documents to build it from" value={chosen} onChange={setChosen}>
        <Stack gap={6} mt={6}>
          {documents.map((d) => (
            <Checkbox key={d.id} value={d.id} label={d.title} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group>
        <Button type="submit" disabled={!ready} loading={create.isPending}>
          Create the template
        </Button>
        <Text size="sm" c="dimmed">
          {chosen.length} document{chosen.length === 1 ? '' : 's'} chosen
        </Text>
      </Group>
    </Stack>
  );
}

/** The templates, each opened to see its questions, or deleted; in team mode, the shared ones marked. */
export function TemplateList({
  templates,
  openId,
  onOpen,
  sharedIds,
}: {
  templates: TemplateSummary[];
  openId: string | null;
  onOpen: (id: string | null) => void;
  /** Team mode: the ids of the templates shared with the team; null in solo mode. */
  sharedIds: ReadonlySet<string> | null;
}) {
  const remove = useDeleteTemplate();
  if (templates.length === 0) return <Text c="dimmed">No templates yet.</Text>;
  const destroy = (t: TemplateSummary) =>
    remove.mutate(t.id, {
      onSuccess: () => {
        showDone(`Deleted the template “${t.name}”`);
        if (openId === t.id) onOpen(null);
      },
      onError: (error) => showError('The template was not deleted', error),
    });
  return (
    <Table aria-label="Templates">
      <Table.Tbody>
        {templates.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>
              <Button variant={t.id === openId ? 'light' : 'subtle'} onClick={() => onOpen(t.id)} aria-pressed={t.id === openId}>
                {t.name}
              </Button>
            </Table.Td>
            {sharedIds && (
              <Table.Td>
                {sharedIds.has(t.id) && (
                  <Badge variant="light" color="teal" size="sm">
                    shared
                  </Badge>
                )}
              </Table.Td>
            )}
            <Table.Td w={40}>
              <ActionIcon variant="subtle" color="red" onClick={() => destroy(t)} aria-label={`Delete the template ${t.name}`}>
                <span aria-hidden>×</span>
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A template's questions in order, each with how many of its documents answer it. In team mode
 * (`sharing` given) the owner can share it with the team.
 */
export function TemplateDetail({ id, sharing }: { id: string; sharing: { shared: boolean; known: boolean } | null }) {
  const { data: template, error, isPending } = useTemplate(id);
  if (isPending) return <Loader aria-label="Loading the template" />;
  if (error || !template)
    return (
      <Alert color="red" title="This template could not be opened">
        {errorMessage(error)}
      </Alert>
    );
  const sources = template.sources.length;
  return (
    <Paper withBorder p="md" component="section" aria-label={`Template: ${template.name}`}>
      <Title order={3}>{template.name}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {template.questions.length} questions from {sources} document{sources === 1 ? '' : 's'}
      </Text>
      {sharing && (
        <Box mb="sm">
          <ShareSwitch kind="template" id={template.id} name={template.name} {...sharing} />
        </Box>
      )}
      <Stack gap={6} component="ol" style={{ paddingLeft: 20, margin: 0 }}>
        {template.questions.map((q) => (
          <li key={q.id}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm">{q.question}</Text>
              <Badge variant={q.support === sources ? 'filled' : 'light'} style={{ flexShrink: 0 }}>
                {q.support} of {sources} documents
              </Badge>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
