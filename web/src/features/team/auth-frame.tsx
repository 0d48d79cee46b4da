import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The page around signing in and joining, before the app: the product's name and one titled card. */
export function AuthFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Container component="main" size={440} py={64}>
      <Stack gap="lg">
        <Title order={1} size="h3" ta="center">
          Understudy
        </Title>
        <Paper withBorder p="xl" radius="md">
          <Stack gap="md">
            <div>
              <Title order={2}>{title}</Title>
              {intro && (
                <Text size="sm" c="dimmed">
                  {intro}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
