import { Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** One titled part of the Data page, a landmark named by its title. */
export function DataSection({ id, title, intro, children }: { id?: string; title: string; intro?: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <Paper withBorder p="lg" component="section" id={id} aria-labelledby={titleId} style={{ scrollMarginTop: 72 }}>
      <Stack gap="sm">
        <div>
          <Title order={3} id={titleId}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
