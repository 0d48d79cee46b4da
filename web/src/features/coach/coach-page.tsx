import { Alert, Button, Divider, Group, Radio, Stack, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { GapForm } from '../gaps/gap-form.js';
import { methods, useGaps } from '../gaps/use-gaps.js';
import { OutcomeForm } from '../outcomes/outcome-form.js';
import type { Outcome } from '../outcomes/use-outcomes.js';
import { ExistingPick } from './existing-pick.js';
import { FirstAsk } from './first-ask.js';
import { Shortlist } from './shortlist.js';
import { situations } from './situations.js';
import { type Gap, type ShortlistEntry, useGap } from './use-coach.js';

/**
 * The coach: a guided start from one of three situations to a concrete outcome (checked as you
 * type), the skill gap that blocks it (classified, with its method and horizon), a shortlist of
 * mentors for that gap and the first, smallest ask. `?gap=<id>` starts at that gap's shortlist.
 */
export function CoachPage() {
  const gapParam = new URLSearchParams(useSearch()).get('gap');
  const [step, setStep] = useState(0);
  const [situation, setSituation] = useState<string>(situations[0].id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [gap, setGap] = useState<Gap | null>(null);
  const [mentor, setMentor] = useState<ShortlistEntry | null>(null);
  const existing = useGaps();
  const linked = useGap(gapParam);
  useEffect(() => {
    if (!linked.data) return;
    setGap(linked.data);
    setStep(3);
  }, [linked.data]);
  const chosen = situations.find((s) => s.id === situation) ?? situations[0];
  const activeOutcomes = existing.data?.outcomes.filter((o) => o.status === 'active') ?? [];
  const gapsOfOutcome = existing.data?.gaps.filter((g) => g.status === 'active' && g.outcomeId === outcome?.id) ?? [];
  const toGap = (saved: Outcome) => {
    setOutcome(saved);
    setStep(2);
  };
  const toShortlist = (saved: Gap) => {
    setGap(saved);
    setMentor(null);
    setStep(3);
  };
  return (
    <Stack gap="lg">
      <Title order={2}>Coach</Title>
      {linked.error && (
        <Alert color="red" title="That skill gap could not be opened">
          {linked.error.message}
        </Alert>
      )}
      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
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
            <Text size="sm">Write the one result that would prove you mastered it. For example: “{chosen.example}”</Text>
            <OutcomeForm requireConcrete onSaved={toGap} />
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
            {outcome && <GapForm key={outcome.id} outcomes={[outcome]} outcomeId={outcome.id} onSaved={toShortlist} />}
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
            {gap && (
              <Text size="sm">
                For the {gap.category.toUpperCase()} gap in <strong>{gap.skill}</strong> ({methods[gap.category].name}, horizon{' '}
                {methods[gap.category].horizon}): “{gap.statement}”
              </Text>
            )}
            {gap && (
              <Shortlist
                gapId={gap.id}
                onChoose={(entry) => {
                  setMentor(entry);
                  setStep(4);
                }}
              />
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="First ask" description="The smallest ask">
          <Stack mt="md">{mentor && <FirstAsk entry={mentor} />}</Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
