import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Paper,
  Rating,
  ScrollArea,
  Select,
  Stack,
  TagsInput,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { HighlightedText } from './highlighted-text.js';
import { type DocumentKind, type DocumentQuestion, kindOptions, type LibraryDocument } from './library-records.js';
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

/** The questions a document answers; choosing one marks where the text answers it. */
function QuestionList({
  questions,
  chosen,
  onChoose,
}: {
  questions: DocumentQuestion[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  if (questions.length === 0) return <Text c="dimmed">No questions found: the document may have no headings.</Text>;
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Questions this document answers">
      {questions.map((q) => (
        <li key={q.id}>
          <UnstyledButton
            onClick={() => onChoose(q.id)}
            aria-pressed={q.id === chosen}
            w="100%"
            p="xs"
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              background: q.id === chosen ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            <Text size="sm" fw={500}>
              {q.question}
            </Text>
            <Group gap={6} mt={2}>
              <Badge size="xs" variant="outline">
                {q.questionId}
              </Badge>
              <Text size="xs" c="dimmed">
                {q.section ? `answered in “${q.section}”` : 'answered in the text'}
              </Text>
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}

/**
 * One library document: its details, the questions it answers (each with the section that
 * answers it) and its text with the chosen question's span marked. The text is untrusted and
 * shown as text only.
 */
export function DocumentView({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: doc, error, isPending } = useDocument(id);
  const [chosen, setChosen] = useState<string | null>(null);
  const markRef = useRef<HTMLElement>(null);
  const question = doc?.questions.find((q) => q.id === chosen) ?? doc?.questions[0] ?? null;

  useEffect(() => {
    if (chosen) markRef.current?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);

  if (isPending) return <Loader aria-label="Loading the document" />;
  if (error || !doc)
    return (
      <Alert color="red" title="This document could not be opened">
        {errorMessage(error)}
      </Alert>
    );
  const ranges: Array<[number, number]> = question ? [[question.spanStart, question.spanEnd]] : [];
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
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Title order={4} mb="xs">
              The questions it answers ({doc.questions.length})
            </Title>
            <QuestionList questions={doc.questions} chosen={question?.id ?? null} onChoose={setChosen} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Title order={4} mb="xs">
              {question ? `Where it answers: ${question.question}` : 'The text'}
            </Title>
            <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
              <Text
                component="div"
                size="sm"
                ff="monospace"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                data-testid="document-text"
              >
                <HighlightedText text={doc.body} ranges={ranges} firstMarkRef={markRef} />
              </Text>
            </ScrollArea.Autosize>
          </Grid.Col>
        </Grid>
      </Stack>
    </Paper>
  );
}
