import { Badge, Group, List, Stack, Text, useComputedColorScheme } from '@mantine/core';
import type { checkGoal } from '../../../../src/analysis/checks/goal/check-goal.js';

/** The goal check's result. */
export type GoalCheck = ReturnType<typeof checkGoal>;

const changeUnits = { percent: '%', points: ' points', multiple: 'x', count: '', currency: ' (currency)' } as const;

/** What the check read from the statement, in a line: kind, metric or deliverable, change, deadline. */
export function readAs(outcome: GoalCheck['outcome']): string {
  const parts: string[] = [];
  if (outcome.kind === 'metric' && outcome.metric) {
    parts.push(`${outcome.direction === 'down' ? 'lower' : 'raise'} ${outcome.metric}`);
  } else if (outcome.kind === 'deliverable' && outcome.deliverable) {
    parts.push(`deliver ${outcome.deliverable}${outcome.criterion ? `, ${outcome.criterion}` : ''}`);
  }
  if (outcome.change) parts.push(`by ${outcome.change.value}${changeUnits[outcome.change.unit] ?? ''}`);
  if (outcome.baseline !== null) parts.push(`from ${outcome.baseline}`);
  if (outcome.target !== null) parts.push(`to ${outcome.target}`);
  if (outcome.deadline) parts.push(`by ${outcome.deadline}${outcome.horizonMonths === null ? '' : ` (${outcome.horizonMonths} months)`}`);
  return parts.join(' ');
}

/** The goal check shown under the statement: the verdict, what it read, then each finding with its remedy. */
export function GoalCheckView({ result }: { result: GoalCheck | null }) {
  // Red text with AA contrast in either theme.
  const scheme = useComputedColorScheme('light');
  if (!result)
    return (
      <Text size="sm" c="dimmed">
        Write the outcome: a number that moves, or something you will deliver, by a date 3–6 months away.
      </Text>
    );
  const concrete = result.verdict === 'concrete';
  const red = scheme === 'dark' ? 'red.3' : 'red.9';
  const read = readAs(result.outcome);
  return (
    <Stack gap={4} role="status" aria-label="Goal check">
      <Group gap="xs">
        <Badge color={concrete ? 'teal.9' : 'red.9'} variant="filled">
          {concrete ? 'Concrete' : 'Vague'}
        </Badge>
        <Text size="sm" c="dimmed">
          score {result.score}/100
        </Text>
      </Group>
      {read && (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Read as:
          </Text>{' '}
          {read}
        </Text>
      )}
      {result.findings.length > 0 && (
        <List size="sm" spacing={4}>
          {result.findings.map((f) => (
            <List.Item key={`${f.rule}:${f.start}:${f.end}`}>
              <Text span fw={600} size="sm" c={f.severity === 'error' ? red : undefined}>
                {f.severity === 'error' ? 'Must fix' : f.severity === 'warning' ? 'Worth fixing' : 'Note'}
              </Text>{' '}
              <Text span size="xs" c="dimmed" ff="monospace">
                {f.rule}
              </Text>
              : {f.message}
              {f.suggestion && (
                <Text size="sm" c="dimmed">
                  Try: “{f.suggestion}”
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
