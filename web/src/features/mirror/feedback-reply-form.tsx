import { Alert, Blockquote, Button, Grid, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import type { CheckResult } from '../../../../src/analysis/engine/types.js';
import { checkInWorker } from '../compose/check-in-worker.js';
import type { CheckSpec } from '../compose/check-spec.js';
import { CheckedEditor, type CheckedEditorHandle } from '../compose/checked-editor.js';
import { FindingsPanel } from '../compose/findings-panel.js';
import type { FeedbackRecord, FeedbackReplyRecord } from './mirror-records.js';
import { useCreateMirrorRecord } from './use-mirror-data.js';

/** Props of `FeedbackReplyForm`. */
export interface FeedbackReplyFormProps {
  feedback: FeedbackRecord[];
  replies: FeedbackReplyRecord[];
}

const spec: CheckSpec = { check: 'feedback-reply' };

/**
 * Write your reply to a piece of feedback with its check as you type: thank them, and do not
 * justify, contradict, blame or minimise. Saved with the feedback it answers.
 */
export function FeedbackReplyForm({ feedback, replies }: FeedbackReplyFormProps) {
  const editor = useRef<CheckedEditorHandle>(null);
  const [feedbackId, setFeedbackId] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const create = useCreateMirrorRecord<FeedbackReplyRecord>('feedback-replies');
  const onChecked = useCallback((_text: string, checked: CheckResult | null) => setResult(checked), []);
  const selected = feedback.find((f) => f.id === feedbackId) ?? null;
  const earlier = replies.filter((r) => r.feedbackId === feedbackId);

  const save = async () => {
    const body = editor.current?.getText().trim() ?? '';
    if (!selected || !body) {
      notifications.show({ color: 'red', message: 'Choose the feedback and write your reply first' });
      return;
    }
    // Saved with the check of exactly this text (the editor's last check may be older).
    const checked = await checkInWorker(spec, body);
    create.mutate(
      { feedbackId: selected.id, body, checkVerdict: checked.verdict, checkResult: checked },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Saved your reply to ${selected.giverName} (${checked.verdict})` });
          editor.current?.setText('');
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-reply-title">
      <Title order={3} id="mirror-reply-title">
        Reply to feedback
      </Title>
      <Text size="sm" c="dimmed">
        Take it gratefully: thank them and say what you will try. Explaining why you did it teaches people to stop telling you.
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Stack gap="sm">
            <Select
              label="Feedback you are replying to"
              placeholder={feedback.length ? 'Choose the feedback' : 'Log feedback above first'}
              data={feedback.map((f) => ({ value: f.id, label: `${f.giverName}, ${f.receivedOn}: ${f.body.slice(0, 60)}` }))}
              value={feedbackId}
              onChange={setFeedbackId}
              searchable
            />
            {selected && (
              <Blockquote p="sm" cite={`${selected.giverName}, ${selected.receivedOn}`}>
                {selected.body}
              </Blockquote>
            )}
            {earlier.map((r) => (
              <Text key={r.id} size="xs" c="dimmed">
                You replied on {r.sentOn}
                {r.checkVerdict ? ` (${r.checkVerdict})` : ''}: {r.body}
              </Text>
            ))}
            <CheckedEditor
              ref={editor}
              label="Your reply"
              check={spec}
              onChecked={onChecked}
              placeholderText="Thank you for telling me. Next time I'll…"
            />
            <Button onClick={save} loading={create.isPending} disabled={!selected} style={{ alignSelf: 'flex-start' }}>
              Save the reply
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
            passing="grateful"
            label="Reply check results"
            onShow={(f) => editor.current?.showFinding(f)}
            onApply={(f) => editor.current?.applyFinding(f)}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
