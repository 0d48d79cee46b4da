import { Alert, Anchor, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage } from '../../api/show-error.js';
import { kindLabels } from './library-records.js';
import { SearchHitList } from './search-hit-list.js';
import { ownerName, sharedBy, TeamDocumentView, TeamTemplateView } from './team-item-views.js';
import type { SharedDocumentSummary, SharedTemplateSummary } from './team-library-records.js';
import { useTeamDocuments, useTeamSearch, useTeamTemplates } from './use-team-library.js';

type Opened = { kind: 'document' | 'template'; id: string } | null;

/** The documents members shared, the most recently shared first. */
function SharedDocuments({
  documents,
  userId,
  onOpen,
}: {
  documents: SharedDocumentSummary[];
  userId: string;
  onOpen: (id: string) => void;
}) {
  if (documents.length === 0) return <Text c="dimmed">No one has shared a document yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover aria-label="Shared documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Shared by</Table.Th>
            <Table.Th>Since</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onOpen(d.id)}>
                  {d.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{kindLabels[d.kind]}</Table.Td>
              <Table.Td>{ownerName(d, userId)}</Table.Td>
              <Table.Td>{d.sharedAt.slice(0, 10)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The templates members shared, each with its number of questions. */
function SharedTemplates({
  templates,
  userId,
  onOpen,
}: {
  templates: SharedTemplateSummary[];
  userId: string;
  onOpen: (id: string) => void;
}) {
  if (templates.length === 0) return <Text c="dimmed">No one has shared a template yet.</Text>;
  return (
    <Table aria-label="Shared templates">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Template</Table.Th>
          <Table.Th>Questions</Table.Th>
          <Table.Th>Shared by</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {templates.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>
              <Anchor component="button" type="button" onClick={() => onOpen(t.id)}>
                {t.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{t.questionCount}</Table.Td>
            <Table.Td>{ownerName(t, userId)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The search of the shared documents: best match first, each hit naming who shared it. */
function TeamSearchResults({ words, userId, onOpen }: { words: string; userId: string; onOpen: (id: string) => void }) {
  const search = useTeamSearch(words);
  if (search.error)
    return (
      <Alert color="red" title="The search failed">
        {errorMessage(search.error)}
      </Alert>
    );
  if (!search.data) return <Loader aria-label="Searching the team library" />;
  if (search.data.length === 0) return <Text c="dimmed">Nothing the team shared matches “{words.trim()}”.</Text>;
  return <SearchHitList hits={search.data} label="Team search results" onOpen={onOpen} aside={(hit) => sharedBy(hit, userId)} />;
}

/**
 * The team library (team mode): the documents and templates everyone shared, each naming its
 * owner, and a search of the shared documents. Everything opens read-only. `initialDocument`
 * opens one shared document at first (a link from the mentor directory).
 */
export function TeamLibraryTab({ userId, initialDocument = null }: { userId: string; initialDocument?: string | null }) {
  const documents = useTeamDocuments(true);
  const templates = useTeamTemplates(true);
  const [words, setWords] = useState('');
  const [debounced] = useDebouncedValue(words, 250);
  const [opened, setOpened] = useState<Opened>(initialDocument ? { kind: 'document', id: initialDocument } : null);
  const openDocument = (id: string) => setOpened({ kind: 'document', id });
  const failed = documents.error ?? templates.error;
  return (
    <Stack gap="lg">
      <Text c="dimmed">
        What members chose to share with the team. Only the owner of a document or template can change it; share your own from the Documents
        and Templates tabs.
      </Text>
      {failed && (
        <Alert color="red" title="The team library could not be read">
          {errorMessage(failed)}
        </Alert>
      )}
      <TextInput
        label="Search the team library"
        description="Words from any shared document: titles, headings and text"
        placeholder="e.g. rollout risks"
        value={words}
        onChange={(e) => setWords(e.currentTarget.value)}
        type="search"
      />
      {debounced.trim() !== '' ? (
        <TeamSearchResults words={debounced} userId={userId} onOpen={openDocument} />
      ) : (
        <>
          <div>
            <Title order={3} mb="sm">
              Shared documents
            </Title>
            {documents.isPending ? (
              <Loader aria-label="Loading the shared documents" />
            ) : (
              <SharedDocuments documents={documents.data ?? []} userId={userId} onOpen={openDocument} />
            )}
          </div>
          <div>
            <Title order={3} mb="sm">
              Shared templates
            </Title>
            {templates.isPending ? (
              <Loader aria-label="Loading the shared templates" />
            ) : (
              <SharedTemplates templates={templates.data ?? []} userId={userId} onOpen={(id) => setOpened({ kind: 'template', id })} />
            )}
          </div>
        </>
      )}
      {opened?.kind === 'document' && <TeamDocumentView key={opened.id} id={opened.id} userId={userId} onClose={() => setOpened(null)} />}
      {opened?.kind === 'template' && <TeamTemplateView key={opened.id} id={opened.id} userId={userId} onClose={() => setOpened(null)} />}
    </Stack>
  );
}
