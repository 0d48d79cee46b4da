import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { HighlightedText } from './highlighted-text.js';
import { kindLabels } from './library-records.js';

/** What a search hit shows: its document, kind and snippet with the matched words' offsets. */
interface Hit {
  id: string;
  title: string;
  kind: string;
  snippet: string;
  highlights: Array<[number, number]>;
}

/**
 * Search hits, best match first: each opens its document and shows a snippet with the
 * matched words marked from the server's offsets; the snippet is text, never HTML. `aside`
 * adds a line beside the kind (the team library names the owner there).
 */
export function SearchHitList<H extends Hit>({
  hits,
  label,
  onOpen,
  aside,
}: {
  hits: H[];
  label: string;
  onOpen: (id: string) => void;
  aside?: (hit: H) => ReactNode;
}) {
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={label}>
      {hits.map((hit) => (
        <Paper key={hit.id} component="li" withBorder p="sm">
          <Group gap="xs" mb={4}>
            <Anchor component="button" type="button" fw={500} onClick={() => onOpen(hit.id)}>
              {hit.title}
            </Anchor>
            <Badge size="xs" variant="outline">
              {kindLabels[hit.kind as keyof typeof kindLabels] ?? hit.kind}
            </Badge>
            {aside && (
              <Text size="xs" c="dimmed">
                {aside(hit)}
              </Text>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <HighlightedText text={hit.snippet} ranges={hit.highlights} />
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
