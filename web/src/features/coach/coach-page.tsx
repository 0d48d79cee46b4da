import { Alert, Anchor, Button, Card, Group, Loader, Radio, Stack, Stepper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import type { z } from 'zod';
import type { shortlistEntrySchema } from '../../../../src/contracts/api.js';
import { api } from '../../api/client.js';
import { GapForm } from '../gaps/gap-form.js';
import type { Gap } from '../gaps/use-gaps.js';
import { OutcomeForm } from '../outcomes/outcome-form.js';
import type { Outcome } from '../outcomes/use-outcomes.js';
import { situations } from './situations.js';

type ShortlistEntry = z.infer<typeof shortlistEntrySchema>;

/** Mentors ranked for a skill gap, each with the reasons for its rank. */
function Shortlist({ gapId }: { gapId: string }) {
  const list = useQuery({
    queryKey: ['shortlist', gapId],
    queryFn: () => api.get<ShortlistEntry[]>(`/api/mentors/shortlist?gapId=${encodeURIComponent(gapId)}&limit=5`),
  });
  if (list.isPending) return <Loader aria-label="Loading" />;
  if (list.error) return <Alert color="red">{list.error.message}</Alert>;
  if (list.data.length === 0) {
    return (
      <Alert color="indigo" title="No mentor yet">
        Look for people who are excellent at this skill and can explain how: authors of posts and talks about it, leaders whose results show
        it. Add them on the{' '}
        <Anchor component={Link} href="/mentors?new=1">
          Mentors
        </Anchor>{' '}
        page.
      </Alert>
    );
  }
  return (
    <Stack gap="sm" component="ol" aria-label="Shortlist" style={{ paddingLeft: 0, listStyle: 'none' }}>
      {list.data.map((entry) => (
        <Card key={entry.mentor.id} withBorder padding="sm" component="li">
          <Group justify="space-between">
            <Text fw={600}>
              {entry.mentor.name}
              {entry.mentor.title ? ` — ${entry.mentor.title}` : ''}
            </Text>
            <Text size="sm" c="dimmed">
              score {entry.score}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {entry.reasons.join(' · ')}
          </Text>
          <Group mt="xs">
            <Button component={Link} href={`/compose?kind=ask&mentor=${entry.mentor.id}`} size="xs">
              Write the smallest ask to {entry.mentor.name}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/**
 * The coach: a guided start from one of three situations to a concrete outcome (checked), the
 * skill gap that blocks it (classified, with its method and horizon), a shortlist of mentors for
 * that gap, and the first, smallest ask.
 */
export function CoachPage() {
  const [step, setStep] = useState(0);
  const [situation, setSituation] = useState<string>(situations[0].id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [gap, setGap] = useState<Gap | null>(null);
  const chosen = situations.find((s) => s.id === situation) ?? situations[0];
  return (
    <Stack gap="lg">
      <Title order={2}>Coach</Title>
      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false}>
        <Stepper.Step label="Situation" description="Where you are">
          <Stack mt="md">
            <Radio.Group label="Which describes you best?" value={situation} onChange={setSituation}>
              <Stack mt="xs">
                {situations.map((s) => (
                  <Radio key={s.id} value={s.id} label={s.label} description={s.detail} />
                ))}
              </Stack>
            </Radio.Group>
            <Group>
              <Button onClick={() => setStep(1)}>Next: the outcome</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Outcome" description="Concrete, 3–6 months">
          <Stack mt="md">
            <Text size="sm" c="dimmed">
              For example: “{chosen.example}”
            </Text>
            <OutcomeForm
              requireConcrete
              onSaved={(saved) => {
                setOutcome(saved);
                setStep(2);
              }}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Skill gap" description="What blocks it">
          <Stack mt="md">
            {outcome && (
              <GapForm
                outcomes={[outcome]}
                outcomeId={outcome.id}
                onSaved={(saved) => {
                  setGap(saved);
                  setStep(3);
                }}
              />
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Mentors" description="Excellent and can explain">
          <Stack mt="md">{gap && <Shortlist gapId={gap.id} />}</Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
