import { Alert, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage } from '../../api/show-error.js';
import { SearchHitList } from './search-hit-list.js';
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
      {!blank && search.data && search.data.length > 0 && <SearchHitList hits={search.data} label="Search results" onOpen={onOpen} />}
    </Stack>
  );
}
