import { Alert, Anchor, Button, Grid, Group, Loader, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import type { CheckResult, Finding } from '../../../../src/analysis/engine/types.js';
import { errorMessage, showRefusal } from '../../api/show-error.js';
import { useGap } from '../coach/use-coach.js';
import { CheckedEditor, type CheckedEditorHandle } from '../compose/checked-editor.js';
import type { ComposeKind } from '../compose/compose-records.js';
import { composeKinds } from '../compose/compose-templates.js';
import { FindingsPanel } from '../compose/findings-panel.js';
import { TemplateButtons } from '../compose/template-buttons.js';
import { useMentorHistory } from '../compose/use-compose-data.js';
import { type ConversationView, capacityText, type DirectoryEntry, type SendResult } from './mentoring-records.js';
import { OfferEvidenceList } from './offer-evidence-list.js';
import { useDirectory, useInbox, useSendInApp } from './use-mentoring.js';

type Sent = Extract<SendResult, { sent: true }>;
type Held = Extract<SendResult, { sent: false }>;

/** What was delivered and where it was logged: the conversation, and the history with the colleague. */
function SentNotice({ sent, name }: { sent: Sent; name: string }) {
  return (
    <Alert color="teal" title={`Sent to ${name}’s inbox`} role="status">
      <Stack gap="xs">
        <Text size="sm">
          {sent.check.verdict === 'pass'
            ? `Your ${sent.message.kind} passed its check.`
            : `You sent your ${sent.message.kind} although the check asked for a revision.`}{' '}
          It is logged in your history with {name}: the relationship is at {sent.logged.relationship.stage}.
        </Text>
        <Group gap="md">
          <Anchor component={Link} href={`/mentors/${encodeURIComponent(sent.logged.relationship.mentorId)}`} underline="always">
            See it in your history with {name}
          </Anchor>
          <Anchor component={Link} href={`/inbox/${encodeURIComponent(sent.conversation.id)}`} underline="always">
            Open the conversation
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Props of `AskInApp`. */
interface AskInAppProps {
  to: string;
  name: string;
  entry: DirectoryEntry | undefined;
  conversation: ConversationView | undefined;
  gapId: string | null;
  initialKind: ComposeKind;
}

/**
 * Writing to a colleague in the app: the check of the message's stage runs as you type, as in
 * Compose; sending runs it again on the server, which holds a failing message back with its
 * findings until it is sent anyway.
 */
function AskInApp({ to, name, entry, conversation, gapId, initialKind }: AskInAppProps) {
  const kinds = conversation ? composeKinds : composeKinds.filter((k) => k.kind === 'ask');
  const [kind, setKind] = useState<ComposeKind>(conversation ? initialKind : 'ask');
  const info = kinds.find((k) => k.kind === kind) ?? (composeKinds[0] as (typeof composeKinds)[number]);
  const [subject, setSubject] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ text: string; result: CheckResult | null }>({ text: '', result: null });
  const [held, setHeld] = useState<{ answer: Held; text: string } | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const editor = useRef<CheckedEditorHandle>(null);
  const send = useSendInApp();
  const gap = useGap(kind === 'ask' ? gapId : null);
  const history = useMentorHistory(conversation?.mentorId ?? null);
  const relationship = history.data?.relationships.find((r) => r.relationship.id === conversation?.relationshipId);
  const hasCircleBack = conversation
    ? Boolean(relationship?.messages.some((m) => m.kind === 'circle-back' && m.checkVerdict === 'pass'))
    : false;
  const check = useMemo(() => ({ check: 'ask' as const, stage: info.stage, hasCircleBack }), [info.stage, hasCircleBack]);
  const onChecked = useCallback((text: string, result: CheckResult | null) => setChecked({ text, result }), []);
  // The server's findings stand beside the text they were found in; an edit brings the live check back.
  const heldNow = held && held.text === checked.text.trim() ? held.answer : null;
  const showFinding = useCallback((f: Finding) => editor.current?.showFinding(f), []);
  const applyFinding = useCallback((f: Finding) => editor.current?.applyFinding(f), []);

  const submit = (sendAnyway: boolean) => {
    const body = editor.current?.getText().trim() ?? '';
    if (!body) return showRefusal('Nothing was sent', 'Write the message first.');
    const title = (subject ?? info.subject).trim();
    send.mutate(
      { to, kind, body, sendAnyway, ...(title ? { subject: title } : {}), ...(kind === 'ask' && gapId ? { gapId } : {}) },
      { onSuccess: (result) => (result.sent ? setSent(result) : setHeld({ answer: result, text: body })) },
    );
  };

  if (sent) return <SentNotice sent={sent} name={name} />;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          {kinds.length > 1 ? (
            <SegmentedControl
              aria-label="Kind of message"
              value={kind}
              onChange={(value) => {
                setKind(value as ComposeKind);
                setHeld(null);
              }}
              data={kinds.map((k) => ({ value: k.kind, label: k.label }))}
              fullWidth
            />
          ) : (
            <Text size="sm" fw={500}>
              First contact is always the smallest ask.
            </Text>
          )}
          <Text size="sm">{info.pattern}</Text>
          {gap.data && (
            <Text size="sm" c="dimmed">
              For your {gap.data.skill} gap: “{gap.data.statement}”
            </Text>
          )}
          <TextInput label="Subject" value={subject ?? info.subject} onChange={(e) => setSubject(e.currentTarget.value)} />
          <TemplateButtons kind={kind} name={name} onChoose={(text) => editor.current?.setText(text)} />
          <CheckedEditor
            ref={editor}
            label={`${info.label} message`}
            check={check}
            onChecked={onChecked}
            placeholderText={`Write to ${name} here, or start from a template.`}
          />
          <Group>
            <Button onClick={() => submit(false)} loading={send.isPending && !send.variables?.sendAnyway}>
              Send in the app
            </Button>
            <Text size="xs" c="dimmed">
              It goes to {name}’s inbox and is logged in your history with them.
            </Text>
          </Group>
          {send.error && (
            <Alert color="red" title="Not sent" withCloseButton onClose={() => send.reset()}>
              {errorMessage(send.error)}
            </Alert>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          {heldNow ? (
            <Stack gap="sm">
              <Alert color="red" title="Not sent yet: the check asks for a revision" role="alert">
                {heldNow.reason}. Or fix the text and send it again.
              </Alert>
              <FindingsPanel
                result={heldNow.check}
                passing="pass"
                label="Findings that held it back"
                onShow={showFinding}
                onApply={applyFinding}
              />
              <Group>
                <Button variant="default" onClick={() => submit(true)} loading={send.isPending && send.variables?.sendAnyway}>
                  Send anyway
                </Button>
              </Group>
            </Stack>
          ) : (
            <FindingsPanel
              result={checked.result}
              passing="pass"
              context={`Checked as ${info.checkedAs}${hasCircleBack ? ', after a circle-back' : ''}.`}
              onShow={showFinding}
              onApply={applyFinding}
            />
          )}
          {entry && (
            <Paper withBorder p="md" component="section" aria-label={`About ${name}`}>
              <Stack gap="xs">
                <Title order={3} size="h5">
                  About {name}
                </Title>
                <Text size="sm">
                  Mentors {entry.offer.skills.join(', ')}
                  {entry.offer.tags.length ? ` (${entry.offer.tags.join(', ')})` : ''}.
                </Text>
                <OfferEvidenceList name={name} evidence={entry.offer.evidence} />
                <Text size="xs" c="dimmed">
                  {capacityText(entry.capacity)}
                </Text>
              </Stack>
            </Paper>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

const isKind = (value: string | null): value is ComposeKind => composeKinds.some((k) => k.kind === value);

/**
 * In-app compose (team mode, `/inbox/new?to=<member>&gap=<gap>&kind=<kind>`): a message to a
 * colleague who offers to mentor, or to one you are already in a conversation with.
 */
export function AskInAppPage() {
  const params = new URLSearchParams(useSearch());
  const to = params.get('to');
  const kind = params.get('kind');
  const directory = useDirectory();
  const inbox = useInbox();
  const entry = directory.data?.find((e) => e.colleague.id === to && !e.you);
  const conversation = inbox.data?.find((c) => c.role === 'mentee' && c.other.id === to);
  const name = entry?.colleague.name ?? conversation?.other.name;
  const failed = directory.error ?? inbox.error;
  return (
    <Stack gap="md">
      <Title order={2}>{name ? `Write to ${name} in the app` : 'Write in the app'}</Title>
      {!to ? (
        <Alert color="indigo" title="Choose a colleague first">
          Find one in the{' '}
          <Anchor component={Link} href="/directory" underline="always">
            mentor directory
          </Anchor>{' '}
          or on your gap’s shortlist, then ask in the app.
        </Alert>
      ) : failed ? (
        <Alert color="red" title="The colleague could not be looked up">
          {errorMessage(failed)}
        </Alert>
      ) : directory.isPending || inbox.isPending ? (
        <Loader aria-label="Loading" />
      ) : !name ? (
        <Alert color="yellow" title="No such colleague">
          No colleague with this id offers to mentor, and you have no conversation with them. Pick one in the{' '}
          <Anchor component={Link} href="/directory" underline="always">
            mentor directory
          </Anchor>
          .
        </Alert>
      ) : (
        <AskInApp
          key={to}
          to={to}
          name={name}
          entry={entry}
          conversation={conversation}
          gapId={params.get('gap')}
          initialKind={isKind(kind) ? kind : 'ask'}
        />
      )}
    </Stack>
  );
}
