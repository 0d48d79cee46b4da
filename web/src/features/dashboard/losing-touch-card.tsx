import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { NextActionsReport } from './dashboard-records.js';

/** Relationships past their maximum keep-in-touch gap, longest silence first. */
export function LosingTouchCard({ entries }: { entries: NextActionsReport['losingTouch'] }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="losing-touch-title">
      <Title order={3} id="losing-touch-title" mb="sm">
        Losing touch
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">Nobody: every mentor past a reply heard from you within their maximum gap.</Text>
      ) : (
        <List spacing={4} size="sm" aria-label="Losing touch">
          {entries.slice(0, 30).map((e) => (
            <List.Item key={e.relationshipId}>
              <Anchor component={Link} href={`/mentors/${e.mentorId}`}>
                {e.mentorName}
              </Anchor>{' '}
              — {e.daysSince} days since {e.lastInteraction} (maximum {e.maxGapDays})
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
