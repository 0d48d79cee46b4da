import { Alert, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useToday } from '../outcomes/use-outcomes.js';
import { AdvicePanel } from './advice-panel.js';
import { daysSince, stageLabel } from './board-stages.js';
import { CadenceForm } from './cadence-form.js';
import { MeetingForm } from './meeting-form.js';
import type { RelationshipHistory } from './mentor-records.js';
import { RelationshipTimeline } from './relationship-history.js';
import { ReplyForm } from './reply-form.js';
import { StageMove } from './stage-move.js';

/** The date of the last real interaction: the latest message or meeting. */
function lastInteraction(history: RelationshipHistory): string | null {
  const dates = [...history.messages.map((m) => m.sentOn), ...history.meetings.map((m) => m.date)].sort();
  return dates.at(-1) ?? null;
}

/**
 * One relationship: its stage, the outcome it serves pinned on top, advice tracking, the
 * history, forms to log a reply or a meeting, stage moves and the keep-in-touch cadence.
 */
export function RelationshipPanel({ history, index }: { history: RelationshipHistory; index: number }) {
  const rel = history.relationship;
  const [logging, setLogging] = useState<'reply' | 'meeting' | null>(null);
  const today = useToday();
  const days = daysSince(rel.stageSince, today);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label={`Relationship ${index + 1}`}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3}>Relationship {index + 1}</Title>
          <Group gap="xs">
            <Badge size="lg">{stageLabel(rel.stage)}</Badge>
            <Text size="sm" c="dimmed">
              since {rel.stageSince} ({days === 1 ? '1 day' : `${days} days`})
            </Text>
          </Group>
        </Group>
        {history.outcome && (
          <Alert color="grape" variant="light" title="The outcome this serves">
            {history.outcome.statement}
          </Alert>
        )}
        <AdvicePanel relationshipId={rel.id} mentorId={rel.mentorId} advice={history.advice} messages={history.messages} />
        <Divider />
        <Group gap="xs">
          <Button variant={logging === 'reply' ? 'filled' : 'light'} onClick={() => setLogging(logging === 'reply' ? null : 'reply')}>
            Log their reply
          </Button>
          <Button variant={logging === 'meeting' ? 'filled' : 'light'} onClick={() => setLogging(logging === 'meeting' ? null : 'meeting')}>
            Log a meeting
          </Button>
        </Group>
        {logging === 'reply' && <ReplyForm relationshipId={rel.id} onDone={() => setLogging(null)} />}
        {logging === 'meeting' && <MeetingForm relationshipId={rel.id} onDone={() => setLogging(null)} />}
        <RelationshipTimeline history={history} />
        <Divider />
        <StageMove key={rel.stage} relationshipId={rel.id} stage={rel.stage} />
        <Divider />
        <CadenceForm key={rel.id} relationship={rel} lastInteraction={lastInteraction(history)} />
      </Stack>
    </Paper>
  );
}
