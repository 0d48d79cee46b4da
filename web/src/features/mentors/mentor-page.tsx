import { Title } from '@mantine/core';

/** Placeholder until the page lands. */
export function MentorPage() {
  return <Title order={2}>Mentor</Title>;
}
