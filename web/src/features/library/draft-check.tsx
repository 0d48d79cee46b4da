import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  Progress,
  RingProgress,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/show-error.js';
import { FileDropZone, type RejectedFile } from './file-drop-zone.js';
import { type DraftCheck as DraftCheckResult, documentTypes, MAX_DOCUMENT_BYTES, type TemplateSummary } from './library-records.js';
import type { SharedTemplateSummary } from './team-library-records.js';
import { useDraftCheck } from './use-library.js';

/** The coverage as a ring and a bar, then the missing questions first (with hints), then the answered ones. */
function DraftCheckReport({ result }: { result: DraftCheckResult }) {
  const percent = Math.round(result.coverage * 100);
  const color = percent >= 90 ? 'teal' : percent >= 60 ? 'yellow' : 'red';
  const missing = result.items.filter((i) => !i.answered);
  const answered = result.items.filter((i) => i.answered);
  return (
    <Paper withBorder p="md" component="section" aria-label="Draft check result">
      <Group align="center" gap="lg" mb="md">
        <RingProgress
          size={110}
          thickness={10}
          roundCaps
          sections={[{ value: percent, color }]}
          label={
            <Text ta="center" fw={700} size="lg">
              {percent}%
            </Text>
          }
        />
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={500}>
            The draft answers {result.answered} of {result.total} questions of “{result.template}”
          </Text>
          <Progress value={percent} color={color} aria-label={`Coverage ${percent}%`} />
          <Text size="sm" c="dimmed">
            Checked {result.file}
          </Text>
        </Stack>
      </Group>
      {missing.length > 0 && (
        <>
          <Title order={4} mb="xs">
            Missing ({missing.length})
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Missing questions" mb="md">
            {missing.map((item) => (
              <li key={item.questionId}>
                <Alert color="red" variant="light" title={item.question} p="xs">
                  <Text size="sm">{item.hint ?? 'Add a section that answers this question.'}</Text>
                  <Text size="xs" c="dimmed">
                    {item.support > 0 ? `${item.support} of the template’s documents answer it` : null}
                  </Text>
                </Alert>
              </li>
            ))}
          </Stack>
        </>
      )}
      {answered.length > 0 && (
        <>
          <Title order={4} mb="xs">
            Answered ({answered.length})
          </Title>
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Answered questions">
            {answered.map((item) => (
              <li key={item.questionId}>
                <Group gap="xs" wrap="nowrap">
                  <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
                    answered
                  </Badge>
                  <Text size="sm">
                    {item.question}
                    {item.section ? (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        in “{item.section}”
                      </Text>
                    ) : null}
                  </Text>
                </Group>
              </li>
            ))}
          </Stack>
        </>
      )}
    </Paper>
  );
}

/** The picker's options: the member's own templates, then (team mode) those others shared, each naming its owner. */
function templateOptions(templates: TemplateSummary[], teamTemplates: SharedTemplateSummary[]) {
  const own = templates.map((t) => ({ value: t.id, label: t.name }));
  if (teamTemplates.length === 0) return own;
  const shared = teamTemplates.map((t) => ({ value: t.id, label: `${t.name} — shared by ${t.owner.name}` }));
  return [...(own.length > 0 ? [{ group: 'Your templates', items: own }] : []), { group: 'Shared by the team', items: shared }];
}

/**
 * The draft check: paste a draft or drop its file, pick a template (one's own, or in team mode
 * one another member shared), and see which of the template's questions the draft leaves
 * unanswered. Nothing is stored.
 */
export function DraftCheck({ templates, teamTemplates }: { templates: TemplateSummary[]; teamTemplates: SharedTemplateSummary[] }) {
  const check = useDraftCheck();
  const [template, setTemplate] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const chosen = template ?? templates[templates.length - 1]?.id ?? teamTemplates[0]?.id ?? null;
  const ready = chosen !== null && (file !== null || text.trim() !== '');
  const run = () => {
    if (!chosen) return;
    const draft = file ?? new File([text], 'pasted draft.md', { type: 'text/markdown' });
    check.mutate({ template: chosen, file: draft });
  };
  const refuse = (rejected: RejectedFile) =>
    notifications.show({
      color: 'red',
      title: 'This draft cannot be checked',
      message:
        rejected.reason === 'too-many'
          ? 'Drop one draft file at a time.'
          : `${rejected.file.name} is not a Markdown, text, HTML, DOCX or PDF file of at most 20 MB.`,
    });
  if (templates.length === 0 && teamTemplates.length === 0)
    return <Text c="dimmed">Create a template first; a draft is checked against one.</Text>;
  return (
    <Stack gap="md">
      <Select
        label="Template"
        data={templateOptions(templates, teamTemplates)}
        value={chosen}
        onChange={setTemplate}
        allowDeselect={false}
        w={teamTemplates.length > 0 ? 420 : 320}
      />
      {file ? (
        <Group gap="xs">
          <Text size="sm">
            Draft file: <strong>{file.name}</strong>
          </Text>
          <CloseButton onClick={() => setFile(null)} aria-label="Remove the draft file and paste instead" />
        </Group>
      ) : (
        <>
          <Textarea
            label="Draft"
            description="Paste your draft (Markdown headings help), or drop its file below"
            autosize
            minRows={6}
            maxRows={18}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <FileDropZone
            onFiles={([draft], [rejected]) => (rejected ? refuse(rejected) : setFile(draft ?? null))}
            accept={documentTypes}
            maxSize={MAX_DOCUMENT_BYTES}
            multiple={false}
            p="sm"
            buttonLabel="Drop a draft file here, or press Enter to choose one"
            inputLabel="Draft file"
          >
            <Text size="sm" ta="center" c="dimmed" style={{ pointerEvents: 'none' }}>
              Drop a draft file (Markdown, text, HTML, DOCX or PDF), or click to choose one
            </Text>
          </FileDropZone>
        </>
      )}
      <Group>
        <Button onClick={run} disabled={!ready} loading={check.isPending}>
          Check the draft
        </Button>
      </Group>
      {check.error && (
        <Alert color="red" title="The draft could not be checked">
          {errorMessage(check.error)}
        </Alert>
      )}
      {check.data && !check.isPending && <DraftCheckReport result={check.data} />}
    </Stack>
  );
}
