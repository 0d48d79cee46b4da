import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function MirrorPage() {
  return <Title order={2}>mirror</Title>;
}
