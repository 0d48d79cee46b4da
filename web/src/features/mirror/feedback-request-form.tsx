import { Alert, Button, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import type { CheckResult } from '../../../../src/analysis/engine/types.js';
import { checkInWorker } from '../compose/check-in-worker.js';
import type { CheckSpec } from '../compose/check-spec.js';
import { CheckedEditor, type CheckedEditorHandle } from '../compose/checked-editor.js';
import { FindingsPanel } from '../compose/findings-panel.js';
import { MentorSelect } from './mentor-select.js';
import type { FeedbackRequestRecord } from './mirror-records.js';
import { useCreateMirrorRecord } from './use-mirror-data.js';

const spec: CheckSpec = { check: 'feedback-request' };

/**
 * Write a feedback request with its check running as you type (specific needs one occasion,
 * a trait or behaviour, and a question about how you came across), then save it.
 */
export function FeedbackRequestForm() {
  const editor = useRef<CheckedEditorHandle>(null);
  const [giver, setGiver] = useState('');
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [event, setEvent] = useState('');
  const [focus, setFocus] = useState('');
  const [result, setResult] = useState<CheckResult | null>(null);
  const create = useCreateMirrorRecord<FeedbackRequestRecord>('feedback-requests');
  const onChecked = useCallback((_text: string, checked: CheckResult | null) => setResult(checked), []);

  const save = async () => {
    const body = editor.current?.getText().trim() ?? '';
    if (!giver.trim() || !body) {
      notifications.show({ color: 'red', message: 'Name who you ask and write the request first' });
      return;
    }
    // Saved with the check of exactly this text (the editor's last check may be older).
    const checked = await checkInWorker(spec, body);
    create.mutate(
      {
        giverName: giver.trim(),
        body,
        checkVerdict: checked.verdict,
        checkResult: checked,
        ...(mentorId ? { mentorId } : {}),
        ...(event.trim() ? { event: event.trim() } : {}),
        ...(focus.trim() ? { focus: focus.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Saved your request to ${giver.trim()} (${checked.verdict})` });
          editor.current?.setText('');
          setEvent('');
          setFocus('');
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-request-title">
      <Title order={3} id="mirror-request-title">
        Ask for feedback
      </Title>
      <Text size="sm" c="dimmed">
        Name one occasion, one trait or behaviour, and ask how you came across, ideally as an either-or: "During Tuesday's roadmap review,
        did I come across as confident or defensive?"
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput
                label="Who you ask"
                value={giver}
                onChange={(e) => setGiver(e.currentTarget.value)}
                placeholder="e.g. Sam Okafor"
              />
              <MentorSelect
                value={mentorId}
                onChange={(id, name) => {
                  setMentorId(id);
                  if (name && !giver.trim()) setGiver(name);
                }}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label="Moment"
                placeholder="e.g. Tuesday's roadmap review"
                value={event}
                onChange={(e) => setEvent(e.currentTarget.value)}
              />
              <TextInput
                label="Trait"
                placeholder="e.g. executive presence"
                value={focus}
                onChange={(e) => setFocus(e.currentTarget.value)}
              />
            </Group>
            <CheckedEditor
              ref={editor}
              label="Feedback request"
              check={spec}
              onChecked={onChecked}
              placeholderText="During [event], did I come across as [trait] or [opposite]?"
            />
            <Button onClick={save} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
              Save the request
            </Button>
            {create.error && (
              <Alert color="red" title="Not saved">
                {create.error.message}
              </Alert>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <FindingsPanel
            result={result}
            passing="specific"
            label="Request check results"
            onShow={(f) => editor.current?.showFinding(f)}
            onApply={(f) => editor.current?.applyFinding(f)}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
