import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure, useLocalStorage } from '@mantine/hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { errorMessage } from '../../api/show-error.js';
import { useToday } from '../outcomes/use-outcomes.js';
import { AddMentorForm } from './add-mentor-form.js';
import { boardCards } from './board-cards.js';
import { ImportContactsForm } from './import-contacts-form.js';
import { MentorsTable } from './mentors-table.js';
import { PipelineBoard } from './pipeline-board.js';
import { useAllMentors, useAllRelationships } from './use-mentors.js';

/**
 * The mentors page: the pipeline board by stage (or a table), search by name, "Add mentor"
 * (`?new=1` opens it) and contact import.
 */
export function MentorsPage() {
  const mentors = useAllMentors();
  const relationships = useAllRelationships();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [view, setView] = useLocalStorage<'board' | 'list'>({ key: 'understudy.mentors.view', defaultValue: 'board' });
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const [importing, importer] = useDisclosure(false);
  const adding = params.get('new') === '1';
  // Days in a stage count to the server's today (`--today`), as the loop's reminders do.
  const today = useToday();
  const cards = useMemo(
    () => boardCards(mentors.data ?? [], relationships.data ?? [], deferredSearch, today),
    [mentors.data, relationships.data, deferredSearch, today],
  );
  const error = mentors.error ?? relationships.error;
  const loading = mentors.isPending || relationships.isPending;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Mentors</Title>
          <Text c="dimmed" size="sm">
            Drag a card to move the relationship along the loop; the loop’s rules decide what is allowed.
          </Text>
        </div>
        <Group gap="sm">
          <Button variant="default" onClick={importer.open}>
            Import contacts
          </Button>
          <Button onClick={() => navigate('/mentors?new=1')}>Add mentor</Button>
        </Group>
      </Group>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label="Search by name"
          placeholder="Name or company"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
          type="search"
        />
        <SegmentedControl
          aria-label="View"
          value={view}
          onChange={(value) => setView(value === 'list' ? 'list' : 'board')}
          data={[
            { value: 'board', label: 'Board' },
            { value: 'list', label: 'List' },
          ]}
        />
      </Group>
      {error && (
        <Alert color="red" title="The mentors could not be loaded">
          {errorMessage(error)}
        </Alert>
      )}
      {loading && !error && <Loader aria-label="Loading mentors" />}
      {!loading && !error && cards.length === 0 && (
        <Text c="dimmed">
          {search ? 'No mentor matches that search.' : 'No mentors yet. Add one, or import your LinkedIn connections.'}
        </Text>
      )}
      {!loading && !error && (view === 'list' ? <MentorsTable cards={cards} /> : <PipelineBoard cards={cards} />)}
      <AddMentorForm opened={adding} onClose={() => navigate('/mentors', { replace: true })} />
      <ImportContactsForm opened={importing} onClose={importer.close} />
    </Stack>
  );
}
