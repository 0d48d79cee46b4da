import { Anchor, Button, Card, List, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { NextActionsReport } from './dashboard-records.js';
import { mentorHref } from './record-links.js';

/** How many names show at first, and how many more each "Show more" adds. */
const STEP = 15;

/** Relationships past their maximum keep-in-touch gap, longest silence first. */
export function LosingTouchCard({ entries }: { entries: NextActionsReport['losingTouch'] }) {
  const [count, setCount] = useState(STEP);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="losing-touch-title">
      <Title order={3} id="losing-touch-title" mb="sm">
        Losing touch
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">Nobody: every mentor past a reply heard from you within their maximum gap.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            Past their maximum gap: send something useful to them, not another ask.
          </Text>
          <List spacing={4} size="sm" aria-label="Losing touch">
            {entries.slice(0, count).map((e) => (
              <List.Item key={e.relationshipId}>
                <Anchor component={Link} href={mentorHref(e.mentorId)} underline="always">
                  {e.mentorName}
                </Anchor>{' '}
                ({e.stage}): {e.daysSince} days since {e.lastInteraction}, maximum {e.maxGapDays}
              </List.Item>
            ))}
          </List>
          {entries.length > count && (
            <Button variant="subtle" size="xs" mt="xs" onClick={() => setCount(count + STEP)}>
              Show {Math.min(STEP, entries.length - count)} more of {entries.length - count} left
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
