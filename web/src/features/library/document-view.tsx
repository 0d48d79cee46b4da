import { Alert, Button, Group, Loader, Paper, Rating, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { DocumentReading } from './document-reading.js';
import { type DocumentKind, kindOptions, type LibraryDocument } from './library-records.js';
import { ShareSwitch } from './share-switch.js';
import { useDeleteDocument, useDocument, useUpdateDocument } from './use-library.js';

/** Kind, tags and rating of a document, each saved as soon as it changes. */
function DocumentDetails({ doc, onDeleted }: { doc: LibraryDocument; onDeleted: () => void }) {
  const update = useUpdateDocument();
  const remove = useDeleteDocument();
  const [confirming, setConfirming] = useState(false);
  const ratingLabel = useId();
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']) =>
    update.mutate({ id: doc.id, patch }, { onError: (error) => showError('The document was not changed', error) });
  const destroy = () =>
    remove.mutate(doc.id, {
      onSuccess: () => {
        showDone(`Deleted ${doc.title}`);
        onDeleted();
      },
      onError: (error) => showError('The document was not deleted', error),
    });
  return (
    <Group align="flex-end" gap="md">
      <Select
        label="Kind"
        data={kindOptions}
        value={doc.kind}
        allowDeselect={false}
        onChange={(kind) => kind && save({ kind: kind as DocumentKind })}
        w={180}
      />
      <TagsInput label="Tags" value={doc.tags} onChange={(tags) => save({ tags })} w={260} clearable />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={ratingLabel}>
          Rating
        </Text>
        <Rating value={doc.rating ?? 0} onChange={(rating) => save({ rating })} aria-labelledby={ratingLabel} />
      </Stack>
      <Button
        color="red"
        variant={confirming ? 'filled' : 'subtle'}
        onClick={() => (confirming ? destroy() : setConfirming(true))}
        onBlur={() => setConfirming(false)}
        loading={remove.isPending}
      >
        {confirming ? 'Click again to delete' : 'Delete this document'}
      </Button>
    </Group>
  );
}

/**
 * One library document: its details, the questions it answers (each with the section that
 * answers it) and its text with the chosen question's span marked. The text is untrusted and
 * shown as text only. In team mode (`sharing` given) the owner can share it with the team.
 */
export function DocumentView({
  id,
  onClose,
  sharing,
}: {
  id: string;
  onClose: () => void;
  /** Team mode: whether it is shared, and whether that is known yet; null in solo mode. */
  sharing: { shared: boolean; known: boolean } | null;
}) {
  const { data: doc, error, isPending } = useDocument(id);
  if (isPending) return <Loader aria-label="Loading the document" />;
  if (error || !doc)
    return (
      <Alert color="red" title="This document could not be opened">
        {errorMessage(error)}
      </Alert>
    );
  return (
    <Paper withBorder p="md" component="section" aria-label={`Document: ${doc.title}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={3}>{doc.title}</Title>
          <Button variant="default" size="xs" onClick={onClose}>
            Close the document
          </Button>
        </Group>
        <DocumentDetails doc={doc} onDeleted={onClose} />
        {sharing && <ShareSwitch kind="document" id={doc.id} name={doc.title} {...sharing} />}
        <DocumentReading body={doc.body} questions={doc.questions} />
      </Stack>
    </Paper>
  );
}
