import { Alert, Button, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { DoctorCard } from './doctor-card.js';
import { LosingTouchCard } from './losing-touch-card.js';
import { NextActionsCard } from './next-actions-card.js';
import { ProgressCard } from './progress-card.js';
import { useDoctor, useNextActions, useOutcomeProgress } from './use-dashboard.js';

/**
 * What to do today: next actions, the doctor's findings, who you are losing touch with and the
 * progress of each active outcome. Marks `dashboard:ready` once its data is on screen, so the
 * time to a useful dashboard can be measured.
 */
export function DashboardPage() {
  const next = useNextActions();
  const doctor = useDoctor();
  const progress = useOutcomeProgress();
  const ready = next.isSuccess && doctor.isSuccess && progress.isSuccess;
  useEffect(() => {
    if (ready && performance.getEntriesByName('dashboard:ready').length === 0) performance.mark('dashboard:ready');
  }, [ready]);
  const failed = next.error ?? doctor.error ?? progress.error;
  return (
    <Stack gap="lg">
      <Title order={2}>Dashboard</Title>
      {failed && (
        <Alert color="red" title="The dashboard could not load">
          {failed.message}
        </Alert>
      )}
      {!ready && !failed && <Loader aria-label="Loading" />}
      {ready && progress.data.length === 0 && (
        <Alert color="indigo" title="Start with one concrete outcome">
          <Text size="sm">
            Pick one concrete 3–6 month outcome (not “learn growth”), name the skill that blocks it, and find a mentor who is excellent at
            it and can explain how.
          </Text>
          <Button component={Link} href="/coach" mt="sm">
            Start with the coach
          </Button>
        </Alert>
      )}
      {ready && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <NextActionsCard actions={next.data.actions} today={next.data.today} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <DoctorCard findings={doctor.data.findings} />
              <LosingTouchCard entries={next.data.losingTouch} />
            </Stack>
          </Grid.Col>
          {progress.data.map(({ outcome, checkins }) => (
            <Grid.Col key={outcome.id} span={{ base: 12, md: 6 }}>
              <ProgressCard outcome={outcome} checkins={checkins} />
            </Grid.Col>
          ))}
        </Grid>
      )}
    </Stack>
  );
}
