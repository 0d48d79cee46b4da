import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, showDone } from '../../api/show-error.js';
import { isoToday } from './board-stages.js';
import type { Advice } from './mentor-records.js';
import { useAdviceResult, useApplyAdvice, useCircledBack } from './use-advice.js';

type Step = 'apply' | 'result' | 'circle';

/** Where the advice stands, in words. */
function status(advice: Advice): string {
  if (advice.circledBackOn) return 'Loop closed';
  if (advice.appliedOn) return advice.result ? 'Applied with a result: circle back' : 'Applied: record the result';
  return 'Received: apply it';
}

/** The inline form of one step: the date or text it needs, and the server's refusal when out of order. */
function StepForm({ advice, step, onDone }: { advice: Advice; step: Step; onDone: () => void }) {
  const apply = useApplyAdvice();
  const result = useAdviceResult();
  const circle = useCircledBack();
  const [on, setOn] = useState('');
  const [text, setText] = useState(step === 'result' ? (advice.result ?? '') : '');
  const saving = step === 'apply' ? apply : step === 'result' ? result : circle;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = {
      onSuccess: () => {
        showDone('Advice updated');
        onDone();
      },
    };
    const date = on || undefined;
    if (step === 'apply') apply.mutate({ id: advice.id, on: date, context: text.trim() }, done);
    else if (step === 'result') result.mutate({ id: advice.id, result: text.trim() }, done);
    else circle.mutate({ id: advice.id, on: date }, done);
  };
  const save = { apply: 'Save applied', result: 'Save result', circle: 'Save circle-back' }[step];
  return (
    <form onSubmit={submit}>
      <Stack gap="xs" mt="xs">
        {step !== 'result' && (
          <TextInput
            type="date"
            label={step === 'apply' ? 'Applied on' : 'Circled back on'}
            description="Leave empty for today"
            max={isoToday()}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
        )}
        {step !== 'circle' && (
          <Textarea
            label={step === 'apply' ? 'Where you applied it' : 'Result'}
            description={step === 'apply' ? 'The project, meeting or test' : 'A number, an outcome or a learning'}
            autosize
            minRows={2}
            required
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
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

/**
 * One piece of advice with its loop: mark applied (date and context), record the result,
 * mark circled back. Steps taken out of order are sent anyway and show the server's reason.
 */
export function AdviceItem({ advice }: { advice: Advice }) {
  const [step, setStep] = useState<Step | null>(null);
  const open = (next: Step) => setStep((current) => (current === next ? null : next));
  return (
    <Paper component="article" withBorder p="sm" radius="sm" aria-label={`Advice: ${advice.text}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }}>
          {advice.text}
        </Text>
        <Badge variant="light" color={advice.circledBackOn ? 'teal' : 'blue'} style={{ flexShrink: 0 }}>
          {status(advice)}
        </Badge>
      </Group>
      <Stack gap={2} mt={4}>
        <Text size="xs" c="dimmed">
          Received {advice.receivedOn}
        </Text>
        {advice.appliedOn && (
          <Text size="xs">
            Applied {advice.appliedOn}
            {advice.appliedContext ? ` in ${advice.appliedContext}` : ''}
          </Text>
        )}
        {advice.result && <Text size="xs">Result: {advice.result}</Text>}
        {advice.circledBackOn && <Text size="xs">Circled back {advice.circledBackOn}</Text>}
      </Stack>
      {!advice.circledBackOn && (
        <Group gap="xs" mt="xs">
          {!advice.appliedOn && (
            <Button size="xs" variant={step === 'apply' ? 'filled' : 'light'} onClick={() => open('apply')}>
              Mark applied
            </Button>
          )}
          <Button size="xs" variant={step === 'result' ? 'filled' : 'light'} onClick={() => open('result')}>
            {advice.result ? 'Change result' : 'Record result'}
          </Button>
          <Button size="xs" variant={step === 'circle' ? 'filled' : 'light'} onClick={() => open('circle')}>
            Mark circled back
          </Button>
        </Group>
      )}
      {step && <StepForm key={step} advice={advice} step={step} onDone={() => setStep(null)} />}
    </Paper>
  );
}
