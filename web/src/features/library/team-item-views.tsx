import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '../../api/show-error.js';
import { DocumentReading } from './document-reading.js';
import { kindLabels } from './library-records.js';
import { useTeamDocument, useTeamTemplate } from './use-team-library.js';

/** Who shared an item, the signed-in member's own items marked. */
export function ownerName(item: { owner: { id: string; name: string } }, userId: string): string {
  return item.owner.id === userId ? `${item.owner.name} (you)` : item.owner.name;
}

/** Who shared an item and on which day. */
export function sharedBy(item: { owner: { id: string; name: string }; sharedAt: string }, userId: string): string {
  return `Shared by ${ownerName(item, userId)} on ${item.sharedAt.slice(0, 10)}`;
}

/** The title row of a shared item: its name, who shared it, and a way to close it. */
function SharedHeading({ title, byline, onClose }: { title: string; byline: string; onClose: () => void }) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Title order={3}>{title}</Title>
        <Text size="sm" c="dimmed">
          {byline}. Read-only: only its owner can change it.
        </Text>
      </div>
      <Button variant="default" size="xs" onClick={onClose}>
        Close
      </Button>
    </Group>
  );
}

/**
 * A document someone shared with the team, read-only: its kind, tags, the questions it answers
 * and its text. Nothing here changes it; the text is untrusted and shown as text only.
 */
export function TeamDocumentView({ id, userId, onClose }: { id: string; userId: string; onClose: () => void }) {
  const { data: doc, error, isPending } = useTeamDocument(id);
  if (isPending) return <Loader aria-label="Loading the shared document" />;
  if (error || !doc)
    return (
      <Alert color="red" title="This shared document could not be opened">
        {errorMessage(error)}
      </Alert>
    );
  return (
    <Paper withBorder p="md" component="section" aria-label={`Shared document: ${doc.title}`}>
      <Stack gap="md">
        <SharedHeading title={doc.title} byline={sharedBy(doc, userId)} onClose={onClose} />
        <Group gap={6}>
          <Badge variant="outline">{kindLabels[doc.kind]}</Badge>
          {doc.tags.map((tag) => (
            <Badge key={tag} variant="light" size="sm">
              {tag}
            </Badge>
          ))}
        </Group>
        <DocumentReading body={doc.body} questions={doc.questions} />
      </Stack>
    </Paper>
  );
}

/** A template someone shared with the team, read-only: its questions in order. */
export function TeamTemplateView({ id, userId, onClose }: { id: string; userId: string; onClose: () => void }) {
  const { data: template, error, isPending } = useTeamTemplate(id);
  if (isPending) return <Loader aria-label="Loading the shared template" />;
  if (error || !template)
    return (
      <Alert color="red" title="This shared template could not be opened">
        {errorMessage(error)}
      </Alert>
    );
  return (
    <Paper withBorder p="md" component="section" aria-label={`Shared template: ${template.name}`}>
      <Stack gap="sm">
        <SharedHeading title={template.name} byline={sharedBy(template, userId)} onClose={onClose} />
        <Text size="sm">{template.questions.length} questions. Check a draft against it in the Draft check tab.</Text>
        <Stack gap={6} component="ol" style={{ paddingLeft: 20, margin: 0 }} aria-label={`Questions of ${template.name}`}>
          {template.questions.map((q) => (
            <li key={q.id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">{q.question}</Text>
                <Badge variant="light" style={{ flexShrink: 0 }}>
                  answered by {q.support} of its documents
                </Badge>
              </Group>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
