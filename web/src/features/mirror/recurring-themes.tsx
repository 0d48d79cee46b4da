import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { FeedbackRecord } from './mirror-records.js';
import { type Theme, themesOf } from './themes-of.js';

/** How often something must come up to count as recurring. */
const RECURRING = 2;

function ThemeList({ title, items, empty }: { title: string; items: Theme[]; empty: string }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={title}>
            {items.map((t) => (
              <li key={t.key}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {t.label}
                  </Text>
                  <Badge variant="light" color={t.count >= RECURRING ? 'orange' : 'gray'}>
                    {t.count >= RECURRING ? `recurring · ${t.count} times` : 'once'}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  From {t.givers.join(', ')}; last on {t.lastOn}
                </Text>
                {t.shadow && (
                  <Text size="sm">
                    {t.shadow}. Counter: {t.counter}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** What keeps coming up across the feedback you logged: themes, and the shadow sides behind them. */
export function RecurringThemes({ feedback }: { feedback: FeedbackRecord[] }) {
  const { themes, shadows } = useMemo(() => themesOf(feedback), [feedback]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-themes-title">
      <Title order={3} id="mirror-themes-title">
        Recurring themes
      </Title>
      <Text size="sm" c="dimmed">
        {feedback.length} {feedback.length === 1 ? 'piece' : 'pieces'} of feedback logged. One remark is an opinion; the same remark from
        several people is a pattern worth working on.
      </Text>
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <ThemeList title="Themes" items={themes} empty="Give each piece of feedback a theme to see what comes up again." />
        <ThemeList title="Shadow sides in your feedback" items={shadows} empty="No feedback yet points to the shadow of a strength." />
      </SimpleGrid>
    </Stack>
  );
}
