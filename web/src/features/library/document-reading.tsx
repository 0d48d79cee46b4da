import { Badge, Grid, Group, ScrollArea, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { HighlightedText } from './highlighted-text.js';
import type { DocumentQuestion } from './library-records.js';

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
 * A document to read: the questions it answers (each with the section that answers it) and its
 * text with the chosen question's span marked. The text is untrusted and shown as text only.
 */
export function DocumentReading({ body, questions }: { body: string; questions: DocumentQuestion[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const markRef = useRef<HTMLElement>(null);
  const question = questions.find((q) => q.id === chosen) ?? questions[0] ?? null;

  useEffect(() => {
    if (chosen) markRef.current?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);

  const ranges: Array<[number, number]> = question ? [[question.spanStart, question.spanEnd]] : [];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Title order={4} mb="xs">
          The questions it answers ({questions.length})
        </Title>
        <QuestionList questions={questions} chosen={question?.id ?? null} onChoose={setChosen} />
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
            <HighlightedText text={body} ranges={ranges} firstMarkRef={markRef} />
          </Text>
        </ScrollArea.Autosize>
      </Grid.Col>
    </Grid>
  );
}
