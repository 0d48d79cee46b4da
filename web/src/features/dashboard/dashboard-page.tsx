import { Alert, Anchor, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { DoctorCard } from './doctor-card.js';
import { FirstStep } from './first-step.js';
import { LosingTouchCard } from './losing-touch-card.js';
import { NextActionsCard } from './next-actions-card.js';
import { ProgressCard } from './progress-card.js';
import { CHARTED, useDoctor, useNextActions, useOutcomeProgress } from './use-dashboard.js';

/**
 * What to do today: next actions, the doctor's findings, who you are losing touch with and the
 * progress of each active outcome. Marks `dashboard:ready` once its data is on screen, so the
 * time to a useful dashboard can be measured.
 */
export function DashboardPage() {
  const next = useNextActions();
  const doctor = useDoctor();
  const outcomes = useOutcomeProgress();
  const ready = next.isSuccess && doctor.isSuccess && outcomes.isSuccess;
  useEffect(() => {
    if (ready && performance.getEntriesByName('dashboard:ready').length === 0) performance.mark('dashboard:ready');
  }, [ready]);
  const failed = next.error ?? doctor.error ?? outcomes.error;
  return (
    <Stack gap="lg">
      <Title order={2}>Dashboard</Title>
      {failed && (
        <Alert color="red" title="The dashboard could not load">
          {failed.message}
        </Alert>
      )}
      {!ready && !failed && <Loader aria-label="Loading" />}
      {ready && <FirstStep hasOutcome={outcomes.data.progress.length > 0} hasGap={outcomes.data.hasGap} />}
      {ready && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <NextActionsCard actions={next.data.actions} today={next.data.today} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <DoctorCard findings={doctor.data.findings} allClear={doctor.data.allClear} />
              <LosingTouchCard entries={next.data.losingTouch} />
            </Stack>
          </Grid.Col>
          {outcomes.data.progress.map(({ outcome, checkins }) => (
            <Grid.Col key={outcome.id} span={{ base: 12, md: 6 }}>
              <ProgressCard outcome={outcome} checkins={checkins} />
            </Grid.Col>
          ))}
          {outcomes.data.more && (
            <Grid.Col span={12}>
              <Text size="sm" c="dimmed">
                More active outcomes than these {CHARTED}: see them all on the{' '}
                <Anchor component={Link} href="/outcomes" underline="always">
                  Outcomes
                </Anchor>{' '}
                page. Progress comes from focus: one or two at a time.
              </Text>
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}
