import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function LibraryPage() {
  return <Title order={2}>library</Title>;
}
