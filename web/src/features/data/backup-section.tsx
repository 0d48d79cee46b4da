import { Alert, Button, FileInput, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { DataSection } from './data-section.js';
import { useRestore } from './use-data.js';

/** Reads a chosen backup file as JSON, or says why it is not one. */
async function readBackup(file: File): Promise<{ backup: unknown } | { problem: string }> {
  try {
    return { backup: JSON.parse(await file.text()) as unknown };
  } catch {
    return { problem: `${file.name} is not a JSON backup; choose a file written by “Download a backup”.` };
  }
}

/**
 * Backup (the whole workspace as one JSON file) and restore (a backup into an empty
 * workspace). A restore into a workspace that has records is refused, and the page says why.
 */
export function BackupSection() {
  const restore = useRestore();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async () => {
    if (!file) return;
    setProblem(null);
    restore.reset();
    const read = await readBackup(file);
    if ('problem' in read) return setProblem(read.problem);
    restore.mutate(read.backup, {
      onSuccess: ({ restored }) => {
        const total = Object.values(restored).reduce((a, b) => a + b, 0);
        showDone(`Restored ${total} records from ${file.name}`);
        setFile(null);
      },
    });
  };
  const refusal = problem ?? (restore.error ? errorMessage(restore.error) : null);
  return (
    <DataSection
      title="Backup and restore"
      intro="A backup is the whole workspace in one JSON file: keep it somewhere safe, or move to another machine. Restore reads it back into an empty workspace."
    >
      <Group>
        <Button component="a" href="/api/backup" download="understudy-backup.json">
          Download a backup
        </Button>
      </Group>
      <Group align="flex-end">
        <FileInput
          label="Backup file to restore"
          placeholder="Choose understudy-backup.json"
          accept="application/json,.json"
          value={file}
          onChange={(f) => {
            setFile(f);
            setProblem(null);
            restore.reset();
          }}
          clearable
          w={340}
        />
        <Button variant="default" onClick={() => void run()} disabled={!file} loading={restore.isPending}>
          Restore the backup
        </Button>
      </Group>
      {refusal && (
        <Alert color="red" title="Nothing was restored">
          {refusal}
        </Alert>
      )}
      {restore.isSuccess && (
        <Text size="sm" c="teal">
          Restored {Object.values(restore.data.restored).reduce((a, b) => a + b, 0)} records.
        </Text>
      )}
    </DataSection>
  );
}
