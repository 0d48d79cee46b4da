import { Badge, Button, Checkbox, Group, Spoiler, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { showDone, showError } from '../../api/show-error.js';
import { isoToday, stageLabel } from './board-stages.js';
import type { Meeting, Message, RelationshipHistory } from './mentor-records.js';
import { capturedText } from './reply-form.js';
import { useCaptureAdvice } from './use-advice.js';
import { useMarkActionItem } from './use-mentor.js';

interface Entry {
  key: string;
  date: string;
  order: string;
  title: string;
  body: ReactNode;
}

const kindLabel: Record<Message['kind'], string> = {
  ask: 'Ask sent',
  'follow-up': 'Follow-up sent',
  reply: 'Reply received',
  'circle-back': 'Circle-back sent',
  escalation: 'Escalation sent',
  backstage: 'Backstage request sent',
};

/** A message: its check verdict and score, its text, and for a reply a way to capture advice. */
function MessageEntry({ message }: { message: Message }) {
  const capture = useCaptureAdvice();
  const passed = message.checkVerdict === 'pass';
  return (
    <Stack gap={4}>
      {message.checkVerdict && (
        <Group gap={6}>
          <Badge size="sm" color={passed ? 'teal' : 'orange'} variant="light">
            Check: {message.checkVerdict}
            {message.checkScore !== null ? ` · ${message.checkScore}/100` : ''}
          </Badge>
        </Group>
      )}
      {message.subject && (
        <Text size="sm" fw={500}>
          {message.subject}
        </Text>
      )}
      <Spoiler maxHeight={72} showLabel="Show all" hideLabel="Show less">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {message.body}
        </Text>
      </Spoiler>
      {message.kind === 'reply' && (
        <Button
          size="xs"
          variant="subtle"
          w="fit-content"
          loading={capture.isPending}
          onClick={() =>
            capture.mutate(message.id, {
              onSuccess: (r) => showDone(`Captured: ${capturedText(r.created)}`),
              onError: (error) => showError('Advice was not captured', error),
            })
          }
        >
          Capture advice from this reply
        </Button>
      )}
    </Stack>
  );
}

/** A meeting: objective, notes, and its action items, each of which can be ticked off. */
function MeetingEntry({ meeting }: { meeting: Meeting }) {
  const mark = useMarkActionItem();
  return (
    <Stack gap={4}>
      {meeting.objective && <Text size="sm">Objective: {meeting.objective}</Text>}
      {meeting.notes && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.notes}
        </Text>
      )}
      {meeting.actionItems.map((item) => (
        <Checkbox
          key={item.id}
          size="xs"
          label={`${item.text}${item.dueOn ? ` (due ${item.dueOn})` : ''}`}
          checked={item.doneOn !== null}
          onChange={(e) =>
            mark.mutate(
              { id: item.id, doneOn: e.currentTarget.checked ? isoToday() : null },
              { onError: (error) => showError('The action item was not changed', error) },
            )
          }
        />
      ))}
    </Stack>
  );
}

/** Every stage move, message and meeting of one relationship, oldest first. */
export function RelationshipTimeline({ history }: { history: RelationshipHistory }) {
  const entries: Entry[] = [
    ...history.transitions.map((t) => ({
      key: `t:${t.id}`,
      date: t.date,
      order: t.createdAt,
      title: t.fromStage ? `Stage: ${stageLabel(t.fromStage)} → ${stageLabel(t.toStage)}` : `Stage: ${stageLabel(t.toStage)}`,
      body: t.note ? <Text size="sm">{t.note}</Text> : null,
    })),
    ...history.messages.map((m) => ({
      key: `m:${m.id}`,
      date: m.sentOn,
      order: m.createdAt,
      title: kindLabel[m.kind] ?? m.kind,
      body: <MessageEntry message={m} />,
    })),
    ...history.meetings.map((m) => ({
      key: `g:${m.id}`,
      date: m.date,
      order: m.createdAt,
      title: m.durationMinutes ? `Meeting (${m.durationMinutes} minutes)` : 'Meeting',
      body: <MeetingEntry meeting={m} />,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.order.localeCompare(b.order));
  return (
    <Stack gap="xs">
      <Title order={4}>History</Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing logged yet.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1}>
          {entries.map((e) => (
            <Timeline.Item
              key={e.key}
              title={
                <Group gap={8}>
                  <Text size="sm" fw={600}>
                    {e.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.date}
                  </Text>
                </Group>
              }
            >
              {e.body}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
