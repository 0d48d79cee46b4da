import { Anchor, Card, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import type { Checkin, Outcome } from './dashboard-records.js';
import { outcomeHref } from './record-links.js';

// The chart library is large; it loads after the rest of the dashboard is on screen.
const OutcomeChart = lazy(async () => ({ default: (await import('../../charts/outcome-chart.js')).OutcomeChart }));

/** How far the latest check-in has moved from the baseline toward the target, 0–100. */
export function progressOf(outcome: Outcome, checkins: readonly Checkin[]): number | null {
  const { baseline, target } = outcome;
  const latest = [...checkins].reverse().find((c) => c.value !== null)?.value;
  if (baseline === null || target === null || latest === undefined || latest === null || baseline === target) return null;
  return Math.max(0, Math.min(100, ((latest - baseline) / (target - baseline)) * 100));
}

/** One active outcome: how far along it is and its check-ins over time against the target. */
export function ProgressCard({ outcome, checkins }: { outcome: Outcome; checkins: readonly Checkin[] }) {
  const progress = progressOf(outcome, checkins);
  return (
    <Card withBorder padding="lg" component="section" aria-label={`Progress: ${outcome.statement}`}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          <Anchor component={Link} href={outcomeHref(outcome.id)} inherit>
            {outcome.statement}
          </Anchor>
        </Title>
        {progress === null ? (
          <Text size="sm" c="dimmed">
            {checkins.length === 0 ? 'No check-in yet: record where you stand today.' : 'Set a baseline and a target to see progress.'}
          </Text>
        ) : (
          <>
            <Progress value={progress} aria-label={`${Math.round(progress)}% of the way from baseline to target`} />
            <Text size="xs" c="dimmed">
              {Math.round(progress)}% of the way from {outcome.baseline} to {outcome.target}
              {outcome.unit ? ` ${outcome.unit}` : ''}
              {outcome.deadline ? `, due ${outcome.deadline}` : ''}
            </Text>
          </>
        )}
        {checkins.some((c) => c.value !== null) && (
          <Suspense fallback={<Skeleton height={140} />}>
            <OutcomeChart outcome={outcome} checkins={checkins} />
          </Suspense>
        )}
      </Stack>
    </Card>
  );
}
