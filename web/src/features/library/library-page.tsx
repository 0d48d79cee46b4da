import { Alert, Grid, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearch } from 'wouter';
import { errorMessage } from '../../api/show-error.js';
import { useTeamAccount } from '../team/use-session.js';
import { DocumentDropzone } from './document-dropzone.js';
import { DocumentList } from './document-list.js';
import { DocumentView } from './document-view.js';
import { DraftCheck } from './draft-check.js';
import { LibrarySearch } from './library-search.js';
import { TeamLibraryTab } from './team-library-tab.js';
import { TemplateBuilder, TemplateDetail, TemplateList } from './template-panel.js';
import { useDocuments, useTemplates } from './use-library.js';
import { useOwnShared, useTeamTemplates } from './use-team-library.js';

type Tab = 'documents' | 'templates' | 'draft' | 'search' | 'team';

/**
 * The Artifact method (SPEC §1.7): import gold-standard documents and see the questions each
 * answers, build templates from them, check a draft against a template, and search it all. On
 * a team server, members also share their documents and templates, read what the team shared,
 * and check drafts against a template another member shared; `?team=<id>` opens that shared
 * document in the team library.
 */
export function LibraryPage() {
  const documents = useDocuments();
  const templates = useTemplates();
  const account = useTeamAccount();
  const shared = useOwnShared(account);
  const teamTemplates = useTeamTemplates(account !== null);
  const othersTemplates = (teamTemplates.data ?? []).filter((t) => t.owner.id !== account?.id);
  const sharing = (ids: ReadonlySet<string> | undefined, id: string) =>
    shared && ids ? { shared: ids.has(id), known: shared.known } : null;
  const teamDocument = new URLSearchParams(useSearch()).get('team');
  const [tab, setTab] = useState<Tab>(teamDocument && account ? 'team' : 'documents');
  const [openDoc, setOpenDoc] = useState<string | null>(null);
  const [openTemplate, setOpenTemplate] = useState<string | null>(null);
  const openDocument = (id: string) => {
    setOpenDoc(id);
    setTab('documents');
  };
  const failed = documents.error ?? templates.error;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Library</Title>
        <Text c="dimmed">
          Collect documents you admire and learn the questions they answer, then make sure your own drafts answer them too.
        </Text>
      </div>
      {failed && (
        <Alert color="red" title="The library could not be read">
          {errorMessage(failed)}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'documents')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="documents">Documents{documents.data ? ` (${documents.data.length})` : ''}</Tabs.Tab>
          <Tabs.Tab value="templates">Templates{templates.data ? ` (${templates.data.length})` : ''}</Tabs.Tab>
          <Tabs.Tab value="draft">Draft check</Tabs.Tab>
          <Tabs.Tab value="search">Search</Tabs.Tab>
          {account && <Tabs.Tab value="team">Team library</Tabs.Tab>}
        </Tabs.List>

        <Tabs.Panel value="documents" pt="md">
          <Stack gap="lg">
            <DocumentDropzone onOpen={setOpenDoc} />
            {documents.isPending ? (
              <Loader aria-label="Loading the library" />
            ) : (
              <DocumentList documents={documents.data ?? []} openId={openDoc} onOpen={setOpenDoc} sharedIds={shared?.documents ?? null} />
            )}
            {openDoc && (
              <DocumentView key={openDoc} id={openDoc} onClose={() => setOpenDoc(null)} sharing={sharing(shared?.documents, openDoc)} />
            )}
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="templates" pt="md">
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Title order={3} mb="sm">
                New template
              </Title>
              <TemplateBuilder documents={documents.data ?? []} onCreated={setOpenTemplate} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                <Title order={3}>Templates</Title>
                <TemplateList
                  templates={templates.data ?? []}
                  openId={openTemplate}
                  onOpen={setOpenTemplate}
                  sharedIds={shared?.templates ?? null}
                />
                {openTemplate && <TemplateDetail id={openTemplate} sharing={sharing(shared?.templates, openTemplate)} />}
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>

        <Tabs.Panel value="draft" pt="md">
          <DraftCheck templates={templates.data ?? []} teamTemplates={othersTemplates} />
        </Tabs.Panel>

        <Tabs.Panel value="search" pt="md">
          <LibrarySearch onOpen={openDocument} />
        </Tabs.Panel>

        {account && (
          <Tabs.Panel value="team" pt="md">
            <TeamLibraryTab userId={account.id} initialDocument={teamDocument} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
