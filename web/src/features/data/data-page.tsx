import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function DataPage() {
  return <Title order={2}>data</Title>;
}
