import { Alert, Button, Divider, Group, Loader, Radio, Stack, Stepper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { errorMessage } from '../../api/show-error.js';
import type { Me } from '../data/data-records.js';
import { useMe } from '../data/use-data.js';
import { GapForm } from '../gaps/gap-form.js';
import { methods, useGaps } from '../gaps/use-gaps.js';
import { OutcomeForm } from '../outcomes/outcome-form.js';
import { ExistingPick } from './existing-pick.js';
import { FirstAsk } from './first-ask.js';
import { LevelQuestion } from './level-question.js';
import { Shortlist } from './shortlist.js';
import { situations } from './situations.js';
import { type Gap, type Outcome, useGap, useMentor, useOutcome } from './use-coach.js';
import { coachKey, freshProgress, useCoachProgress } from './use-coach-progress.js';

/**
 * The coach: a guided start from one of three situations to a concrete outcome (checked as you
 * type), the skill gap that blocks it (classified, with its method and horizon), a shortlist of
 * mentors for that gap and the first, smallest ask. It keeps its place per workspace, so
 * leaving for another page comes back to the same step. `?gap=<id>` starts at that gap's shortlist.
 */
export function CoachPage() {
  const me = useMe();
  return (
    <Stack gap="lg">
      <Title order={2}>Coach</Title>
      {me.isPending ? (
        <Loader aria-label="Loading" />
      ) : me.error ? (
        <Alert color="red" title="The coach could not start">
          {errorMessage(me.error)}
        </Alert>
      ) : (
        <Coach key={coachKey(me.data)} me={me.data} />
      )}
    </Stack>
  );
}

/** The steps, over the progress kept for this workspace. */
function Coach({ me }: { me: Me }) {
  const gapParam = new URLSearchParams(useSearch()).get('gap');
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const { progress, update, reset } = useCoachProgress(coachKey(me));
  const outcome = useOutcome(progress.outcomeId);
  const gap = useGap(progress.gapId);
  const mentor = useMentor(progress.mentorId);
  const linked = useGap(gapParam);
  const existing = useGaps();
  const { step } = progress;
  useEffect(() => {
    if (!linked.data) return;
    update({ gapId: linked.data.id, outcomeId: linked.data.outcomeId, mentorId: null, step: 3 });
    navigate('/coach', { replace: true });
  }, [linked.data, update, navigate]);
  // A record kept in the progress may since have been removed: go back to where it was chosen.
  useEffect(() => {
    if (outcome.error) update({ outcomeId: null, gapId: null, mentorId: null, step: Math.min(step, 1) });
  }, [outcome.error, update, step]);
  useEffect(() => {
    if (gap.error) update({ gapId: null, mentorId: null, step: Math.min(step, 2) });
  }, [gap.error, update, step]);
  useEffect(() => {
    if (mentor.error) update({ mentorId: null, step: Math.min(step, 3) });
  }, [mentor.error, update, step]);
  const chosen = situations.find((s) => s.id === progress.situation) ?? situations[0];
  const activeOutcomes = existing.data?.outcomes.filter((o) => o.status === 'active') ?? [];
  const gapsOfOutcome = existing.data?.gaps.filter((g) => g.status === 'active' && g.outcomeId === progress.outcomeId) ?? [];
  const toGap = (saved: Outcome) => {
    client.setQueryData(['outcomes', 'one', saved.id], saved);
    update({ outcomeId: saved.id, outcomeDraft: '', gapId: null, mentorId: null, step: 2 });
  };
  const toShortlist = (saved: Gap) => {
    client.setQueryData(['gaps', 'one', saved.id], saved);
    update({ gapId: saved.id, gapDraft: '', mentorId: null, step: 3 });
  };
  const waiting = <Loader aria-label="Loading" size="sm" />;
  return (
    <Stack gap="md">
      {linked.error && (
        <Alert color="red" title="That skill gap could not be opened">
          {linked.error.message}
        </Alert>
      )}
      {JSON.stringify(progress) !== JSON.stringify(freshProgress) && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            The coach keeps your place in this browser, so you can leave for another page and come back.
          </Text>
          <Button variant="subtle" size="xs" onClick={reset}>
            Start over
          </Button>
        </Group>
      )}
      <Stepper active={step} onStepClick={(s) => update({ step: s })} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="Situation" description="Where you are">
          <Stack mt="md">
            <Radio.Group label="Which describes you best?" value={progress.situation} onChange={(situation) => update({ situation })}>
              <Stack mt="xs">
                {situations.map((s) => (
                  <Radio key={s.id} value={s.id} label={s.label} description={s.detail} />
                ))}
              </Stack>
            </Radio.Group>
            <LevelQuestion me={me} situation={progress.situation} levelSet={progress.levelSet} onSet={() => update({ levelSet: true })} />
            <Group>
              <Button onClick={() => update({ step: 1 })}>Next: the outcome</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Outcome" description="Concrete, 3–6 months">
          <Stack mt="md">
            <Text size="sm">Write the one result that would prove you mastered it. For example: “{chosen.example}”</Text>
            <OutcomeForm
              requireConcrete
              onSaved={toGap}
              draft={progress.outcomeDraft}
              onDraft={(outcomeDraft) => update({ outcomeDraft })}
            />
            {activeOutcomes.length > 0 && (
              <>
                <Divider label="or" labelPosition="center" />
                <ExistingPick label="An outcome you already have" items={activeOutcomes} describe={(o) => o.statement} onPick={toGap} />
              </>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Skill gap" description="What blocks it">
          <Stack mt="md">
            <Text size="sm">{chosen.gapHint}</Text>
            {outcome.data ? (
              <GapForm
                key={outcome.data.id}
                outcomes={[outcome.data]}
                outcomeId={outcome.data.id}
                onSaved={toShortlist}
                draft={progress.gapDraft}
                onDraft={(gapDraft) => update({ gapDraft })}
              />
            ) : (
              progress.outcomeId && waiting
            )}
            {gapsOfOutcome.length > 0 && (
              <>
                <Divider label="or" labelPosition="center" />
                <ExistingPick
                  label="A gap you already named for this outcome"
                  items={gapsOfOutcome}
                  describe={(g) => `${g.category.toUpperCase()} ${g.skill}: ${g.statement}`}
                  onPick={toShortlist}
                />
              </>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Mentors" description="Excellent and can explain">
          <Stack mt="md">
            {gap.data ? (
              <>
                <Text size="sm">
                  For the {gap.data.category.toUpperCase()} gap in <strong>{gap.data.skill}</strong> ({methods[gap.data.category].name},
                  horizon {methods[gap.data.category].horizon}): “{gap.data.statement}”
                </Text>
                <Shortlist gap={gap.data} onChoose={(entry) => update({ mentorId: entry.mentor.id, step: 4 })} />
              </>
            ) : (
              progress.gapId && waiting
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="First ask" description="The smallest ask">
          <Stack mt="md">{mentor.data ? <FirstAsk mentor={mentor.data} /> : progress.mentorId && waiting}</Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
