import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function MentorsPage() {
  return <Title order={2}>mentors</Title>;
}
