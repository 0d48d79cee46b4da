import { Alert, Button, Checkbox, FileInput, Group, List, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { RequestError } from '../../api/client.js';
import { errorMessage } from '../../api/show-error.js';
import type { ImportResult } from './mentor-records.js';
import { useImportContacts } from './use-mentors.js';

const formats = [
  { value: '', label: 'Detect from the file' },
  { value: 'linkedin', label: 'LinkedIn Connections.csv' },
  { value: 'vcard', label: 'vCard' },
  { value: 'csv', label: 'CSV with a header row' },
];

/** Refused lines an import error carries in its details, when it does. */
function refusedLines(error: unknown): Array<{ line: number; reason: string }> {
  if (!(error instanceof RequestError)) return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter((p): p is { line: number; reason: string } => typeof p?.line === 'number' && typeof p?.reason === 'string');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One sentence on what an import did (or would do, on a preview). */
export function importSummary(result: ImportResult): string {
  const verb = result.dryRun ? 'Would add' : 'Added';
  return `${verb} ${plural(result.created, 'mentor')} and merge ${plural(result.merged, 'contact')} into mentors you had; ${plural(result.skipped, 'row')} skipped.`;
}

/**
 * Imports a LinkedIn `Connections.csv`, a vCard or a CSV as mentors, or previews it. Shows
 * how many were added and merged, or the lines the server refused (then nothing is saved).
 */
export function ImportContactsForm({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const upload = useImportContacts();
  const lines = refusedLines(upload.error);
  const close = () => {
    upload.reset();
    setFile(null);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ file, format, dryRun });
  };
  return (
    <Modal opened={opened} onClose={close} title="Import contacts">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <FileInput
            label="Contacts file"
            description="LinkedIn Connections.csv, a vCard (.vcf) or a CSV"
            accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
            value={file}
            onChange={(f) => {
              upload.reset();
              setFile(f);
            }}
            clearable
            required
          />
          <NativeSelect label="Format" data={formats} value={format} onChange={(e) => setFormat(e.currentTarget.value)} />
          <Checkbox label="Preview only: save nothing" checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} />
          {upload.data && (
            <Alert color="teal" title={upload.data.dryRun ? 'Preview' : 'Imported'} role="status">
              <Text size="sm">{importSummary(upload.data)}</Text>
              {!upload.data.dryRun && upload.data.created > 0 && (
                <Text size="sm">New mentors wait in “No relationship yet”: drop one on Prospect to start.</Text>
              )}
            </Alert>
          )}
          {upload.error && (
            <Alert color="red" title="Nothing was imported">
              <Text size="sm">
                {lines.length > 0 ? `${plural(lines.length, 'line')} refused; fix them and import again:` : errorMessage(upload.error)}
              </Text>
              {lines.length > 0 && (
                <List size="sm" mt="xs" aria-label="Refused lines">
                  {lines.slice(0, 50).map((p) => (
                    <List.Item key={p.line}>
                      Line {p.line}: {p.reason}
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
            <Button type="submit" disabled={!file} loading={upload.isPending}>
              {dryRun ? 'Preview import' : 'Import'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
