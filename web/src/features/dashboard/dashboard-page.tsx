import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function DashboardPage() {
  return <Title order={2}>dashboard</Title>;
}
