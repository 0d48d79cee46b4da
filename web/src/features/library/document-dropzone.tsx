import { Alert, Anchor, Button, Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/show-error.js';
import { FileDropZone, type RejectedFile } from './file-drop-zone.js';
import { type DocumentKind, documentTypes, kindOptions, MAX_DOCUMENT_BYTES } from './library-records.js';
import { useUploadDocument } from './use-library.js';

/** What became of one dropped file. */
interface FileOutcome {
  /** Unique within one drop. */
  key: string;
  name: string;
  /** The document it became, when it was added. */
  id?: string;
  ok: boolean;
  /** The questions found, or why the file was not added. */
  message: string;
}

/** Why the drop zone turned a file away, in plain words. */
function rejectionMessage(rejection: RejectedFile): string {
  if (rejection.reason === 'too-large') return `is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`;
  return 'is not Markdown, text, HTML, DOCX or PDF';
}

/**
 * Drop gold-standard documents to add them to the library, several at once. Each file is sent
 * on its own, so one unreadable file does not hold back the others; each outcome is listed,
 * failures with the server's reason. The first document added is opened with `onOpen`.
 */
export function DocumentDropzone({ onOpen }: { onOpen: (id: string) => void }) {
  const openRef = useRef<() => void>(null);
  const upload = useUploadDocument();
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [tags, setTags] = useState('');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);

  const drop = async (files: File[], rejected: RejectedFile[]) => {
    setBusy(true);
    const results: FileOutcome[] = rejected.map((r, n) => ({
      key: `rejected:${n}`,
      name: r.file.name,
      ok: false,
      message: rejectionMessage(r),
    }));
    setOutcomes(results);
    let firstId: string | null = null;
    for (const file of files) {
      try {
        const [added] = await upload.mutateAsync({ file, details: { kind, tags } });
        const count = added?.questions.length ?? 0;
        firstId ??= added?.id ?? null;
        results.push({
          key: `sent:${results.length}`,
          name: file.name,
          id: added?.id,
          ok: true,
          message: `added, answers ${count} question${count === 1 ? '' : 's'}`,
        });
      } catch (error) {
        results.push({ key: `sent:${results.length}`, name: file.name, ok: false, message: errorMessage(error) });
      }
      setOutcomes([...results]);
    }
    setBusy(false);
    if (firstId) onOpen(firstId);
  };

  const failed = outcomes.filter((o) => !o.ok);
  const added = outcomes.filter((o) => o.ok);
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <Select
          label="Kind of the documents"
          placeholder="Guess later (other)"
          data={kindOptions}
          value={kind}
          onChange={(v) => setKind(v as DocumentKind | null)}
          clearable
        />
        <TextInput
          label="Tags"
          description="Comma-separated, e.g. rfc, growth"
          value={tags}
          onChange={(e) => setTags(e.currentTarget.value)}
        />
      </Group>
      <FileDropZone
        onFiles={(files, rejected) => void drop(files, rejected)}
        accept={documentTypes}
        maxSize={MAX_DOCUMENT_BYTES}
        multiple
        busy={busy}
        // The zone takes dropped files; the button below opens the file chooser, for keyboards too.
        openRef={openRef}
        inputLabel="Document files"
      >
        <Stack gap={4} align="center" py="lg" style={{ pointerEvents: 'none' }}>
          <Text fw={500}>Drop documents here</Text>
          <Text size="sm" c="dimmed">
            Markdown, text, HTML, DOCX or PDF, up to 20 MB each, several at once. They stay on this machine.
          </Text>
        </Stack>
      </FileDropZone>
      <Group>
        <Button variant="light" onClick={() => openRef.current?.()} loading={busy}>
          Choose documents…
        </Button>
      </Group>
      {added.length > 0 && (
        <List size="sm" aria-label="Documents added">
          {added.map((o) => (
            <List.Item key={o.key}>
              <Text span fw={500}>
                {o.name}
              </Text>
              : {o.message}{' '}
              {o.id && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => o.id && onOpen(o.id)}
                  aria-label={`Show the questions of ${o.name}`}
                >
                  show them
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {failed.length > 0 && (
        <Alert color="red" title={failed.length === 1 ? 'One file was not added' : `${failed.length} files were not added`}>
          <List size="sm">
            {failed.map((o) => (
              <List.Item key={o.key}>
                <Text span fw={500}>
                  {o.name}
                </Text>
                : {o.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
