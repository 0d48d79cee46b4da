import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage } from '../../api/show-error.js';
import { HighlightedText } from './highlighted-text.js';
import { kindLabels } from './library-records.js';
import { useLibrarySearch } from './use-library.js';

/**
 * Full-text search of the library, best match first. Each hit shows a snippet with the
 * matched words marked from the server's offsets; the snippet is text, never HTML.
 */
export function LibrarySearch({ onOpen }: { onOpen: (id: string) => void }) {
  const [words, setWords] = useState('');
  const [debounced] = useDebouncedValue(words, 250);
  const search = useLibrarySearch(debounced);
  const blank = debounced.trim() === '';
  return (
    <Stack gap="md">
      <TextInput
        label="Search the library"
        description="Words from any document: titles, headings and text"
        placeholder="e.g. rollout risks"
        value={words}
        onChange={(e) => setWords(e.currentTarget.value)}
        rightSection={search.isFetching ? <Loader size="xs" aria-label="Searching" /> : null}
        type="search"
      />
      {search.error && (
        <Alert color="red" title="The search failed">
          {errorMessage(search.error)}
        </Alert>
      )}
      {!blank && search.data?.length === 0 && !search.isFetching && (
        <Text c="dimmed">Nothing in the library matches “{debounced.trim()}”.</Text>
      )}
      {!blank && search.data && search.data.length > 0 && (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Search results">
          {search.data.map((hit) => (
            <Paper key={hit.id} component="li" withBorder p="sm">
              <Group gap="xs" mb={4}>
                <Anchor component="button" type="button" fw={500} onClick={() => onOpen(hit.id)}>
                  {hit.title}
                </Anchor>
                <Badge size="xs" variant="outline">
                  {kindLabels[hit.kind as keyof typeof kindLabels] ?? hit.kind}
                </Badge>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <HighlightedText text={hit.snippet} ranges={hit.highlights} />
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
