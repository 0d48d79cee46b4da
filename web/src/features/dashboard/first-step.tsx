import { Alert, Button, Text } from '@mantine/core';
import { Link } from 'wouter';

/**
 * The next step of the framework when the workspace does not have it yet: first one concrete
 * outcome, then the skill gap that blocks it. Shows nothing once both exist.
 */
export function FirstStep({ hasOutcome, hasGap }: { hasOutcome: boolean; hasGap: boolean }) {
  if (!hasOutcome) {
    return (
      <Alert color="indigo" title="Start with one concrete outcome">
        <Text size="sm">
          Pick one concrete 3–6 month outcome that would prove mastery: a number that moves (“lift activation from 20% to 30% by June”) or
          something you will deliver and someone signs off. “Learn growth” is not a goal. Then name the skill that blocks it, and find a
          mentor who is excellent at it and can explain how.
        </Text>
        <Button component={Link} href="/coach" mt="sm">
          Start with the coach
        </Button>
      </Alert>
    );
  }
  if (!hasGap) {
    return (
      <Alert color="indigo" title="Name the skill that blocks your outcome">
        <Text size="sm">
          An IQ gap (execution, strategy, product sense) closes in 3–6 months by studying gold-standard documents; an EQ gap (communication,
          leadership, management) takes a year or more of specific, subjective feedback. Knowing which decides whom you ask and what you ask
          for.
        </Text>
        <Button component={Link} href="/gaps?new=1" mt="sm">
          Name the skill gap
        </Button>
      </Alert>
    );
  }
  return null;
}
