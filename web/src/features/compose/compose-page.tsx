import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function ComposePage() {
  return <Title order={2}>compose</Title>;
}
