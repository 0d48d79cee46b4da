import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useDeferredValue, useMemo, useState } from 'react';
import { MentorSelect } from './mentor-select.js';
import type { FeedbackRecord, FeedbackRequestRecord } from './mirror-records.js';
import { shadowOf, strengthById, strengthOptions } from './shadow-of.js';
import { useCreateMirrorRecord } from './use-mirror-data.js';

/** Props of `FeedbackLogForm`. */
export interface FeedbackLogFormProps {
  requests: FeedbackRequestRecord[];
}

/**
 * Log feedback you received: who gave it, what they said, the request it answers, a theme and
 * the strength whose shadow it describes (suggested from the text), and what you will do.
 */
export function FeedbackLogForm({ requests }: FeedbackLogFormProps) {
  const [giver, setGiver] = useState('');
  const [body, setBody] = useState('');
  const [requestId, setRequestId] = useState<string | null>(null);
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [theme, setTheme] = useState('');
  // `undefined` until the user picks: the strength suggested from the text applies.
  const [strength, setStrength] = useState<string | null | undefined>(undefined);
  const [adopted, setAdopted] = useState('');
  const create = useCreateMirrorRecord<FeedbackRecord>('feedback');
  const deferred = useDeferredValue(body);
  const suggested = useMemo(() => shadowOf(deferred), [deferred]);
  const chosen = strength === undefined ? (suggested?.strength ?? null) : strength;
  const counter = strengthById(chosen)?.counter;

  const reset = () => {
    for (const clear of [setGiver, setBody, setTheme, setAdopted]) clear('');
    setRequestId(null);
    setMentorId(null);
    setStrength(undefined);
  };

  const save = () => {
    if (!giver.trim() || !body.trim()) {
      notifications.show({ color: 'red', message: 'Say who gave the feedback and what they said' });
      return;
    }
    create.mutate(
      {
        giverName: giver.trim(),
        body: body.trim(),
        ...(requestId ? { requestId } : {}),
        ...(mentorId ? { mentorId } : {}),
        ...(theme.trim() ? { theme: theme.trim() } : {}),
        // None chosen is sent as none, so the server does not find one the form did not show.
        strengthId: chosen,
        ...(adopted.trim() ? { adopted: adopted.trim() } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Logged the feedback from ${giver.trim()}` });
          reset();
        },
      },
    );
  };

  const selectRequest = (id: string | null) => {
    setRequestId(id);
    const request = requests.find((r) => r.id === id);
    if (request && !giver.trim()) setGiver(request.giverName);
    if (request?.mentorId) setMentorId(request.mentorId);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="mirror-log-title">
      <Title order={3} id="mirror-log-title">
        Log feedback you received
      </Title>
      <Group grow align="flex-start">
        <TextInput label="From" value={giver} onChange={(e) => setGiver(e.currentTarget.value)} />
        <Select
          label="Answers the request"
          placeholder="None"
          data={requests.map((r) => ({ value: r.id, label: `${r.giverName}, ${r.sentOn}: ${r.body.slice(0, 60)}` }))}
          value={requestId}
          onChange={selectRequest}
          clearable
        />
      </Group>
      <MentorSelect
        value={mentorId}
        onChange={(id, name) => {
          setMentorId(id);
          if (name && !giver.trim()) setGiver(name);
        }}
        description="Feedback from a mentor shows on their page; a request to a mentor sets it"
      />
      <Textarea label="What they said" value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={3} />
      <Group grow align="flex-start">
        <TextInput
          label="Theme"
          description="A few words to group it by, e.g. silence under pressure"
          value={theme}
          onChange={(e) => setTheme(e.currentTarget.value)}
        />
        <Select
          label="Strength overdone"
          description={
            suggested && strength === undefined
              ? `Suggested from the text: ${suggested.strengthName}`
              : 'The strength whose shadow it describes'
          }
          data={strengthOptions}
          value={chosen}
          onChange={setStrength}
          searchable
          clearable
        />
      </Group>
      <TextInput
        label="What you will do differently"
        placeholder={counter ?? 'The counter-behaviour you will practise'}
        value={adopted}
        onChange={(e) => setAdopted(e.currentTarget.value)}
      />
      <Button onClick={save} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
        Log the feedback
      </Button>
      {create.error && (
        <Alert color="red" title="Not logged">
          {create.error.message}
        </Alert>
      )}
      {requests.length === 0 && (
        <Text size="xs" c="dimmed">
          Feedback can be logged on its own, or as the answer to a request saved above.
        </Text>
      )}
    </Stack>
  );
}
