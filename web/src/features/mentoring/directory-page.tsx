import { Alert, Anchor, Badge, Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../api/show-error.js';
import { skills } from '../gaps/use-gaps.js';
import { askInAppHref, capacityText, type DirectoryEntry, officeHoursText } from './mentoring-records.js';
import { OfferEvidenceList } from './offer-evidence-list.js';
import { useDirectory } from './use-mentoring.js';

/** One colleague who offers to mentor: skills, tags, evidence, office hours, room this month and a way to ask. */
function DirectoryCard({ entry }: { entry: DirectoryEntry }) {
  const { colleague, offer, capacity } = entry;
  return (
    <Card withBorder padding="md" component="li" aria-label={colleague.name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={3} size="h4">
              {colleague.name}
            </Title>
            {entry.you && <Badge variant="light">you</Badge>}
          </Group>
          <Text size="sm" fw={capacity.available ? undefined : 600} data-testid="capacity">
            {capacityText(capacity)}
          </Text>
        </Group>
        <Group gap={6}>
          {offer.skills.map((s) => (
            <Badge key={s} color={skills.find((k) => k.value === s)?.category === 'eq' ? 'grape' : 'indigo'}>
              {s}
            </Badge>
          ))}
          {offer.tags.map((t) => (
            <Badge key={t} variant="outline" color="gray">
              {t}
            </Badge>
          ))}
        </Group>
        {offer.note && <Text size="sm">{offer.note}</Text>}
        <OfferEvidenceList name={colleague.name} evidence={offer.evidence} />
        <Text size="sm">
          <Text span fw={500}>
            Office hours:{' '}
          </Text>
          {offer.officeHours ? officeHoursText(offer.officeHours) : 'none'}
        </Text>
        <Text size="sm">
          {offer.acceptsBackstage ? 'Accepts backstage requests, after a circle-back.' : 'Does not take backstage requests.'}
        </Text>
        {!entry.you && (
          <Group>
            {capacity.available ? (
              <Button component={Link} href={askInAppHref(colleague.id)} size="xs" variant="light">
                Ask {colleague.name} in the app
              </Button>
            ) : (
              <Text size="sm" c="dimmed">
                No room for a new ask until {capacity.roomFrom}; a conversation under way goes on in your inbox.
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The team's mentor directory (team mode): every member who offers to mentor, with their
 * skills and tags, evidence, office hours and room for new asks this month, filtered by skill.
 */
export function DirectoryPage() {
  const [skill, setSkill] = useState<string | null>(null);
  const directory = useDirectory(skill);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Mentor directory</Title>
        <Text c="dimmed">
          Colleagues who offer to mentor, with the evidence of their excellence and how many new asks they take this month. To be listed,{' '}
          <Anchor component={Link} href="/offer" underline="always">
            offer to mentor
          </Anchor>
          .
        </Text>
      </div>
      <Select
        label="Skill"
        placeholder="every skill"
        data={skills.map((s) => ({ value: s.value, label: `${s.value} (${s.category.toUpperCase()})` }))}
        value={skill}
        onChange={setSkill}
        clearable
        w={280}
      />
      {directory.isPending ? (
        <Loader aria-label="Loading the directory" />
      ) : directory.error ? (
        <Alert color="red" title="The directory could not be read">
          {errorMessage(directory.error)}
        </Alert>
      ) : directory.data.length === 0 ? (
        <Alert color="indigo" title={skill ? `No one offers to mentor ${skill}` : 'No one offers to mentor yet'}>
          When colleagues offer to mentor, they appear here with their skills and the room they have this month.
        </Alert>
      ) : (
        <Stack gap="sm" component="ul" aria-label="Mentors" p={0} m={0} style={{ listStyle: 'none' }}>
          {directory.data.map((entry) => (
            <DirectoryCard key={entry.colleague.id} entry={entry} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
