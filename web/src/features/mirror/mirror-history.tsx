import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { AdoptCounter } from './adopt-counter.js';
import type { MirrorHistory as History } from './mirror-records.js';
import { strengthById } from './shadow-of.js';
import { type TimelineEntry, timelineOf } from './timeline-of.js';

const kindLabel: Record<TimelineEntry['kind'], string> = {
  request: 'Request sent',
  feedback: 'Feedback received',
  reply: 'Reply',
  adopted: 'Adopted',
};
// Dark shades under white text, legible in both themes.
const kindColor: Record<TimelineEntry['kind'], string> = { request: 'blue.9', feedback: 'grape.9', reply: 'teal.9', adopted: 'cyan.9' };
const passing = new Set(['specific', 'grateful']);

function Entry({ entry, history }: { entry: TimelineEntry; history: History }) {
  const feedback = entry.kind === 'feedback' ? history.feedback.find((f) => f.id === entry.feedbackId) : undefined;
  const who = entry.kind === 'request' ? `to ${entry.giver}` : entry.kind === 'feedback' ? `from ${entry.giver}` : `to ${entry.giver}`;
  return (
    <Stack gap={4} component="li" aria-label={`${kindLabel[entry.kind]} ${who}, ${entry.date}`}>
      <Group gap="xs">
        <Badge variant="filled" color={kindColor[entry.kind]}>
          {kindLabel[entry.kind]}
        </Badge>
        <Text size="sm" fw={500}>
          {who}
        </Text>
        <Text size="xs" c="dimmed">
          {entry.date}
        </Text>
        {entry.verdict && (
          <Badge variant="filled" color={passing.has(entry.verdict) ? 'teal.9' : 'red.9'}>
            {entry.verdict}
          </Badge>
        )}
        {entry.strength && (
          <Badge variant="outline" color="gray">
            shadow: {entry.strength}
          </Badge>
        )}
      </Group>
      <Text size="sm" lineClamp={3}>
        {entry.text}
      </Text>
      {feedback && !feedback.adopted && (
        <AdoptCounter feedbackId={feedback.id} giver={feedback.giverName} suggestion={strengthById(feedback.strengthId)?.counter} />
      )}
    </Stack>
  );
}

/**
 * The Mirror as a history: requests sent (with their check), feedback received (with its shadow
 * side), replies (with their check) and counter-behaviours adopted, by month, newest first.
 */
export function MirrorHistory({ history }: { history: History }) {
  const months = useMemo(() => timelineOf(history), [history]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-history-title">
      <Title order={3} id="mirror-history-title">
        History
      </Title>
      {months.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing yet. Ask someone for feedback on one moment and one trait; it shows here with what they said and your reply.
        </Text>
      ) : (
        months.map((m) => (
          <Paper key={m.month} withBorder p="sm">
            <Stack gap="xs">
              <Title order={4} id={`mirror-month-${m.month}`}>
                {m.label}
              </Title>
              <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={`mirror-month-${m.month}`}>
                {m.entries.map((entry) => (
                  <Entry key={entry.key} entry={entry} history={history} />
                ))}
              </Stack>
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
