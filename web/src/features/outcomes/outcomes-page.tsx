import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function OutcomesPage() {
  return <Title order={2}>outcomes</Title>;
}
