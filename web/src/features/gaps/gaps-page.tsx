import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function GapsPage() {
  return <Title order={2}>gaps</Title>;
}
