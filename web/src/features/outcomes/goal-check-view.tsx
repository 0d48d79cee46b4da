import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { checkGoal } from '../../../../src/analysis/checks/goal/check-goal.js';

/** The goal check's result. */
export type GoalCheck = ReturnType<typeof checkGoal>;

/** The goal check shown under the statement: the verdict, then each finding with its remedy. */
export function GoalCheckView({ result }: { result: GoalCheck | null }) {
  if (!result)
    return (
      <Text size="sm" c="dimmed">
        Write the outcome: a number that moves, or something you will deliver, by a date 3–6 months away.
      </Text>
    );
  const concrete = result.verdict === 'concrete';
  return (
    <Stack gap={4} aria-live="polite" aria-label="Goal check">
      <Group gap="xs">
        <Badge color={concrete ? 'teal' : 'orange'}>{concrete ? 'Concrete' : 'Vague'}</Badge>
        <Text size="sm" c="dimmed">
          score {result.score}/100
        </Text>
      </Group>
      {result.findings.length > 0 && (
        <List size="sm" spacing={2}>
          {result.findings.map((f) => (
            <List.Item key={`${f.rule}:${f.start}`}>
              <Text span fw={600} size="sm">
                {f.rule}
              </Text>{' '}
              ({f.severity}): {f.message}
              {f.suggestion && (
                <Text size="sm" c="dimmed">
                  Try: {f.suggestion}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
