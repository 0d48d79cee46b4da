import { Alert, Button, FileInput, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import type { ImportResult } from './data-records.js';
import { DataSection } from './data-section.js';
import { useImportContacts } from './use-data.js';

const formats = [
  { value: '', label: 'Detect from the file' },
  { value: 'linkedin', label: 'LinkedIn Connections.csv' },
  { value: 'vcard', label: 'vCard (.vcf)' },
  { value: 'csv', label: 'Other CSV' },
];

/** What an import did, or would do, in words. */
function describe(result: ImportResult): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${plural(result.created, 'new mentor')}`,
    `${plural(result.merged, 'contact')} merged into mentors you have`,
    `${plural(result.skipped, 'row')} skipped`,
  ];
  return result.dryRun ? `Would import: ${parts.join(', ')}. Nothing was written yet.` : `Imported: ${parts.join(', ')}.`;
}

/**
 * Import contacts as mentors from a LinkedIn export, a vCard file or any CSV (with an optional
 * column map). A preview counts what the import would do without writing anything.
 */
export function ImportSection() {
  const importContacts = useImportContacts();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('');
  const [map, setMap] = useState('');
  const run = (dryRun: boolean) => {
    if (!file) return;
    importContacts.mutate(
      { file, format, map: format === 'csv' || format === '' ? map : '', dryRun },
      { onSuccess: (result) => !result.dryRun && showDone(describe(result)) },
    );
  };
  const result = importContacts.data;
  return (
    <DataSection
      title="Import contacts"
      intro="Bring in people you might learn from as mentors. Duplicates, in the file or with mentors you have, are merged; a file with a malformed row imports nothing."
    >
      <Stack gap="sm">
        <Group align="flex-end">
          <FileInput
            label="Contacts file"
            placeholder="Connections.csv, contacts.vcf or a CSV"
            accept=".csv,.vcf,.vcard,text/csv,text/vcard"
            value={file}
            onChange={(f) => {
              setFile(f);
              importContacts.reset();
            }}
            clearable
            w={320}
          />
          <Select label="Format" data={formats} value={format} onChange={(v) => setFormat(v ?? '')} allowDeselect={false} w={240} />
        </Group>
        {(format === 'csv' || format === '') && (
          <TextInput
            label="Column map (CSV only, optional)"
            description="Which column holds each field, when the headers are unusual: name=Full Name,email=E-mail,company=Org,title=Role"
            placeholder="name=Full Name,email=E-mail"
            value={map}
            onChange={(e) => setMap(e.currentTarget.value)}
          />
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => run(true)}
            disabled={!file}
            loading={importContacts.isPending && importContacts.variables?.dryRun}
          >
            Preview the import
          </Button>
          <Button onClick={() => run(false)} disabled={!file} loading={importContacts.isPending && !importContacts.variables?.dryRun}>
            Import contacts
          </Button>
        </Group>
        {importContacts.error && (
          <Alert color="red" title="Nothing was imported">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {errorMessage(importContacts.error)}
            </Text>
          </Alert>
        )}
        {result && (
          <Alert color={result.dryRun ? 'blue' : 'teal'} title={result.dryRun ? 'Preview' : 'Imported'}>
            {describe(result)}
            {result.dryRun ? ` Read as ${formats.find((f) => f.value === result.format)?.label ?? result.format}.` : ''}
          </Alert>
        )}
      </Stack>
    </DataSection>
  );
}
