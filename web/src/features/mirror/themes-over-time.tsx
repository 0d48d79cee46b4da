import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { FeedbackRecord } from './mirror-records.js';
import { themesByMonth } from './themes-by-month.js';

/** What came up in feedback month by month, marking what had come up in an earlier month too. */
export function ThemesOverTime({ feedback }: { feedback: FeedbackRecord[] }) {
  const months = useMemo(() => themesByMonth(feedback), [feedback]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-over-time-title">
      <Title order={3} id="mirror-over-time-title">
        Themes over time
      </Title>
      {months.length === 0 ? (
        <Text size="sm" c="dimmed">
          Themes and shadow sides show here by month once feedback is logged.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Themes by month">
          {months.map((m) => (
            <li key={m.month}>
              <Text size="sm" fw={600}>
                {m.label}
              </Text>
              <Group gap={6}>
                {m.items.map((item) => (
                  <Badge key={item.key} variant="light" color={item.recurring ? 'orange' : 'gray'} tt="none">
                    {item.label}
                    {item.count > 1 ? ` ×${item.count}` : ''}
                    {item.recurring ? ' · again' : ''}
                  </Badge>
                ))}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
