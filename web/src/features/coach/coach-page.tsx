import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function CoachPage() {
  return <Title order={2}>coach</Title>;
}
