import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage, showDone } from '../../api/show-error.js';
import { isoToday } from './board-stages.js';
import type { Advice } from './mentor-records.js';
import { useAdviceResult, useApplyAdvice, useCloseLoop, useEditAdvice, useRemoveAdvice } from './use-advice.js';

type Step = 'apply' | 'result' | 'edit';

/** The circle-back message that named a piece of advice, as far as the loop is concerned. */
export interface LinkedCircleBack {
  sentOn: string;
  /** Whether it passed its check: only then can it close the loop. */
  passed: boolean;
}

/** Where the advice stands, in words: what is done and what comes next. */
function status(advice: Advice, linked: LinkedCircleBack | null): string {
  if (advice.circledBackOn) return 'Loop closed';
  if (!advice.appliedOn) return 'Received: apply it';
  if (linked && !linked.passed) return 'Circle-back failed its check: write it again';
  if (!advice.result) return linked ? 'Circle-back logged: record the result' : 'Applied: record the result';
  return linked ? 'Circle-back logged: close the loop' : 'Applied with a result: circle back';
}

/** The inline form of one step, and the server's refusal when it is out of order. */
function StepForm({ advice, step, onDone }: { advice: Advice; step: Step; onDone: () => void }) {
  const apply = useApplyAdvice();
  const result = useAdviceResult();
  const edit = useEditAdvice();
  const [on, setOn] = useState(step === 'edit' ? (advice.resultExpectedOn ?? '') : '');
  const initial = step === 'result' ? (advice.result ?? '') : step === 'edit' ? advice.text : '';
  const [text, setText] = useState(initial);
  const saving = step === 'apply' ? apply : step === 'result' ? result : edit;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = {
      onSuccess: () => {
        showDone('Advice updated');
        onDone();
      },
    };
    if (step === 'apply') apply.mutate({ id: advice.id, on: on || undefined, context: text.trim() }, done);
    else if (step === 'result') result.mutate({ id: advice.id, result: text.trim() }, done);
    else edit.mutate({ id: advice.id, text: text.trim(), resultExpectedOn: on || null }, done);
  };
  const labels = {
    apply: { date: 'Applied on', dateHint: 'Leave empty for today', text: 'Where you applied it', hint: 'The project, meeting or test' },
    result: { date: '', dateHint: '', text: 'Result', hint: 'A number, an outcome or a learning' },
    edit: {
      date: 'Result expected on',
      dateHint: 'The circle-back reminder falls on this day; leave empty for 7 days after applying',
      text: 'Advice',
      hint: 'The advice as it should read',
    },
  }[step];
  const save = { apply: 'Save applied', result: 'Save result', edit: 'Save changes' }[step];
  return (
    <form onSubmit={submit}>
      <Stack gap="xs" mt="xs">
        {step !== 'result' && (
          <TextInput
            type="date"
            label={labels.date}
            description={labels.dateHint}
            max={step === 'apply' ? isoToday() : undefined}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
        )}
        <Textarea
          label={labels.text}
          description={labels.hint}
          autosize
          minRows={2}
          required
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {saving.error && (
          <Alert color="red" title="Not saved">
            {errorMessage(saving.error)}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={saving.isPending}>
            {save}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Props of `AdviceItem`. */
export interface AdviceItemProps {
  advice: Advice;
  mentorId: string;
  /** The circle-back that named it, when one did. */
  linked: LinkedCircleBack | null;
  /** Whether the piece is selected to be merged with others. */
  selected: boolean;
  onSelect(selected: boolean): void;
}

/**
 * One piece of advice with its loop: mark applied (date and context), record the result, then
 * write the circle-back that names it — the loop closes when that message passes its check.
 * The piece can be corrected (words, the day its result is expected), selected for a merge or
 * removed. Steps out of order are sent anyway and show the server's reason.
 */
export function AdviceItem({ advice, mentorId, linked, selected, onSelect }: AdviceItemProps) {
  const [step, setStep] = useState<Step | null>(null);
  const close = useCloseLoop();
  const remove = useRemoveAdvice();
  const open = (next: Step) => setStep((current) => (current === next ? null : next));
  const compose = `/compose?kind=circle-back&mentor=${encodeURIComponent(mentorId)}&advice=${encodeURIComponent(advice.id)}`;
  const removeIt = () => {
    if (window.confirm(`Remove this advice and its loop?\n\n${advice.text}`))
      remove.mutate(advice.id, { onSuccess: () => showDone('Advice removed') });
  };
  return (
    <Paper component="article" withBorder p="sm" radius="sm" aria-label={`Advice: ${advice.text}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Checkbox
            aria-label={`Select to merge: ${advice.text}`}
            checked={selected}
            onChange={(e) => onSelect(e.currentTarget.checked)}
            mt={2}
          />
          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
            {advice.text}
          </Text>
        </Group>
        <Badge variant="light" color={advice.circledBackOn ? 'teal' : 'blue'} style={{ flexShrink: 0 }}>
          {status(advice, linked)}
        </Badge>
      </Group>
      <Stack gap={2} mt={4}>
        <Text size="xs" c="dimmed">
          Received {advice.receivedOn}
          {advice.resultExpectedOn ? ` · result expected ${advice.resultExpectedOn}` : ''}
        </Text>
        {advice.appliedOn && (
          <Text size="xs">
            Applied {advice.appliedOn}
            {advice.appliedContext ? ` in ${advice.appliedContext}` : ''}
          </Text>
        )}
        {advice.result && <Text size="xs">Result: {advice.result}</Text>}
        {advice.circledBackOn && <Text size="xs">Circled back {advice.circledBackOn}</Text>}
        {!advice.circledBackOn && linked && (
          <Text size="xs" c={linked.passed ? undefined : 'orange'}>
            Named in the circle-back of {linked.sentOn}
            {linked.passed ? '' : ', which failed its check and closed nothing'}
          </Text>
        )}
      </Stack>
      <Group gap="xs" mt="xs">
        {!advice.circledBackOn && !advice.appliedOn && (
          <Button size="xs" variant={step === 'apply' ? 'filled' : 'light'} onClick={() => open('apply')}>
            Mark applied
          </Button>
        )}
        {!advice.circledBackOn && advice.appliedOn && (
          <Button size="xs" variant={step === 'result' ? 'filled' : 'light'} onClick={() => open('result')}>
            {advice.result ? 'Change result' : 'Record result'}
          </Button>
        )}
        {!advice.circledBackOn && advice.appliedOn && advice.result && !linked?.passed && (
          <Button size="xs" variant="light" component={Link} href={compose}>
            Write the circle-back
          </Button>
        )}
        {!advice.circledBackOn && advice.result && linked?.passed && (
          <Button
            size="xs"
            variant="light"
            loading={close.isPending}
            onClick={() => close.mutate(advice.id, { onSuccess: () => showDone('Loop closed') })}
          >
            Close the loop
          </Button>
        )}
        <Button size="xs" variant={step === 'edit' ? 'filled' : 'subtle'} onClick={() => open('edit')}>
          Edit
        </Button>
        <Button size="xs" variant="subtle" color="red" loading={remove.isPending} onClick={removeIt}>
          Remove
        </Button>
      </Group>
      {(close.error || remove.error) && (
        <Alert color="red" mt="xs" title="Not saved" withCloseButton onClose={() => (close.error ? close.reset() : remove.reset())}>
          {errorMessage(close.error ?? remove.error)}
        </Alert>
      )}
      {step && <StepForm key={step} advice={advice} step={step} onDone={() => setStep(null)} />}
    </Paper>
  );
}
