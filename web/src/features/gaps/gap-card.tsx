import { Anchor, Badge, Card, Group, Select, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { showError } from '../../api/show-error.js';
import { type Gap, methods, type Outcome, outcomeOption, useUpdateGap } from './use-gaps.js';

/**
 * One skill gap: IQ or EQ, its skill, the method that closes it and how long that takes, the
 * outcome it blocks (changeable) and its status. `focused` highlights it when a link led here.
 */
export function GapCard({ gap, outcomes, focused = false }: { gap: Gap; outcomes: readonly Outcome[]; focused?: boolean }) {
  const update = useUpdateGap();
  const method = methods[gap.category];
  const change = (patch: Partial<Pick<Gap, 'outcomeId' | 'status'>>, what: string) =>
    update.mutate({ id: gap.id, patch }, { onError: (error) => showError(`The ${what} was not changed`, error) });
  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      id={`gap-${gap.id}`}
      aria-label={gap.statement}
      style={focused ? { borderColor: 'var(--mantine-color-indigo-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={gap.category === 'iq' ? 'indigo' : 'grape'}>{gap.category.toUpperCase()}</Badge>
          <Text fw={600}>{gap.skill}</Text>
          <Badge variant="outline" color="gray">
            {gap.status}
          </Badge>
        </Group>
        <Text>{gap.statement}</Text>
        <Text size="sm" c="dimmed">
          {method.name}: {method.how}. Horizon {method.horizon}.{' '}
          <Anchor component={Link} href={gap.category === 'iq' ? '/library' : '/mirror'} size="sm" underline="always">
            {gap.category === 'iq' ? 'Study artifacts in the library' : 'Ask for feedback in the mirror'}
          </Anchor>
        </Text>
        <Group align="flex-end">
          <Select
            label="Outcome it blocks"
            size="xs"
            w={420}
            placeholder="none"
            data={outcomes.map(outcomeOption)}
            value={gap.outcomeId}
            onChange={(outcomeId) => change({ outcomeId }, 'outcome')}
            clearable
          />
          <Select
            label="Status"
            size="xs"
            w={120}
            data={['active', 'closed']}
            value={gap.status}
            allowDeselect={false}
            onChange={(status) => status && change({ status: status as Gap['status'] }, 'status')}
          />
          <Anchor component={Link} href={`/coach?gap=${encodeURIComponent(gap.id)}`} size="sm" pb={6}>
            Find mentors for this gap
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
