import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type MouseEvent, useEffect, useState } from 'react';
import { RequestError } from '../../api/client.js';
import type { Advice } from '../mentors/mentor-records.js';
import { AdvicePicker } from './advice-picker.js';
import type { ComposeKind, MentorRecord } from './compose-records.js';
import { emlFile, isMailAddress, type MailDraft, mailtoLink } from './mail-draft.js';
import { useLogMessage } from './use-compose-data.js';

/** Props of `SendActions`. */
export interface SendActionsProps {
  /** The editor's text right now (read on click, so a change not yet checked is included). */
  getText(): string;
  /** The text last checked, for the mail link shown before any click. */
  checkedText: string;
  subject: string;
  kind: ComposeKind;
  mentor: MentorRecord | null;
  relationshipId: string | null;
  /** Whether the latest check passed, to warn before logging a message that fails it. */
  passed: boolean;
  /** The relationship's applied advice not yet circled back, for a circle-back to name. */
  openAdvice: readonly Advice[];
  /** Advice to name at first (`?advice=` in the address). */
  initialAdvice: readonly string[];
}

/** A file name from the subject: letters, digits and dashes. */
function fileName(subject: string): string {
  const slug = subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'message'}.eml`;
}

/**
 * What to do with a finished message: copy it, open it in the mail client, save it as an
 * `.eml` draft, or log it as sent to the chosen mentor (which checks it on the server and
 * moves the relationship along the loop). A refusal shows the server's reason.
 */
export function SendActions(props: SendActionsProps) {
  const { getText, checkedText, subject, kind, mentor, relationshipId, passed, openAdvice } = props;
  const log = useLogMessage();
  const [adviceIds, setAdviceIds] = useState<string[]>(() => props.initialAdvice.filter((id) => openAdvice.some((a) => a.id === id)));
  useEffect(() => {
    setAdviceIds((ids) => {
      const wanted = ids.length > 0 ? ids : props.initialAdvice;
      return wanted.filter((id) => openAdvice.some((a) => a.id === id));
    });
  }, [openAdvice, props.initialAdvice]);
  // A follow-up refused for coming before the wait can still be logged on purpose.
  const early =
    log.error instanceof RequestError && typeof (log.error.details as { possibleOn?: unknown } | undefined)?.possibleOn === 'string';
  const to = mentor && isMailAddress(mentor.email) ? { name: mentor.name, address: mentor.email } : null;
  const draft = (body: string): MailDraft => ({ to, subject, body });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(getText());
      notifications.show({ message: 'Copied the message to the clipboard' });
    } catch {
      notifications.show({ color: 'red', message: 'The browser did not allow copying; select the text and copy it by hand' });
    }
  };

  // The link is brought up to date at the moment of the click, then followed.
  const openMail = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = mailtoLink(draft(getText()));
  };

  const saveEml = () => {
    const blob = new Blob([emlFile({ ...draft(getText()), date: new Date() })], { type: 'message/rfc822' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(subject);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const logAsSent = (force = false) => {
    const body = getText().trim();
    if (!mentor) return;
    if (!body) {
      notifications.show({ color: 'red', message: 'Write the message before logging it' });
      return;
    }
    log.mutate(
      { mentorId: mentor.id, mentorName: mentor.name, relationshipId, kind, subject, body, adviceIds, force },
      {
        onSuccess: ({ message, relationship, advice }) => {
          const closed = (advice ?? []).filter((a) => a.circledBackOn !== null).length;
          const named = advice?.length ? ` It closed ${closed} of the ${advice.length} pieces of advice it names.` : '';
          notifications.show({
            color: 'green',
            title: 'Logged as sent',
            message: `The ${message.kind} to ${mentor.name} is in the history (check: ${message.checkVerdict ?? 'none'}); the relationship is at ${relationship.stage}.${named}`,
          });
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button variant="default" onClick={copy}>
          Copy
        </Button>
        <Button variant="default" component="a" href={mailtoLink(draft(checkedText))} onClick={openMail}>
          Open in mail client
        </Button>
        <Button variant="default" onClick={saveEml}>
          Save as .eml
        </Button>
        <Button onClick={() => logAsSent()} loading={log.isPending} disabled={!mentor}>
          Log as sent
        </Button>
      </Group>
      {!mentor && (
        <Text size="xs" c="dimmed">
          Choose a mentor to log the message in their history.
        </Text>
      )}
      {mentor && !to && (
        <Text size="xs" c="dimmed">
          {mentor.name} has no email address on file; the mail client opens without a recipient.
        </Text>
      )}
      {mentor && !passed && (
        <Text size="xs" c="orange">
          The check asks for a revision; consider fixing the findings before you send it.
        </Text>
      )}
      {kind === 'circle-back' && mentor && <AdvicePicker advice={openAdvice} value={adviceIds} onChange={setAdviceIds} />}
      {log.error && (
        <Alert color="red" title="Not logged" withCloseButton onClose={() => log.reset()}>
          {log.error.message}
          {early && (
            <Button mt="xs" size="xs" variant="light" color="orange" onClick={() => logAsSent(true)}>
              I sent it already: log it anyway
            </Button>
          )}
        </Alert>
      )}
    </Stack>
  );
}
