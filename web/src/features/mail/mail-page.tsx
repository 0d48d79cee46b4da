import { Alert, Loader, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage, showDone, showError } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import { CalendarFeedSection } from './calendar-feed-section.js';
import { type DigestChoice, digestOptions, type MailSettings } from './mail-records.js';
import { useChangeMailSettings, useMailSettings } from './use-mail.js';

/** The digest choice and the notices switch; each change is saved at once. */
function EmailSection({ settings }: { settings: MailSettings }) {
  const change = useChangeMailSettings();
  // The page shows a choice at once, while it is saved, and goes back to what is saved if that fails.
  const [digest, setDigest] = useState(settings.digest);
  const [notices, setNotices] = useState(settings.notices);
  useEffect(() => {
    setDigest(settings.digest);
    setNotices(settings.notices);
  }, [settings.digest, settings.notices]);
  const save = (patch: { digest?: DigestChoice; notices?: boolean }, done: string) =>
    change.mutate(patch, {
      onSuccess: () => showDone(done),
      onError: (error) => {
        setDigest(settings.digest);
        setNotices(settings.notices);
        showError('Your mail settings were not changed', error);
      },
    });
  return (
    <DataSection title="Email" intro={`Mail goes to ${settings.email}, the email of your account.`}>
      <Radio.Group
        label="Digest of your next actions"
        description="What to do today and this week, by mail. Nothing is sent until you choose."
        value={digest}
        onChange={(value) => {
          setDigest(value as DigestChoice);
          save({ digest: value as DigestChoice }, `Digest: ${value}`);
        }}
      >
        <Stack gap="xs" mt="xs">
          {digestOptions.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} description={option.hint} />
          ))}
        </Stack>
      </Radio.Group>
      <Switch
        label="Notices of asks, replies and office hours"
        description="Who sent what, with a link to it (never the message itself, which stays on the server); office hours booked or cancelled come with the calendar update."
        checked={notices}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          setNotices(on);
          save({ notices: on }, on ? 'Notices are on' : 'Notices are off');
        }}
      />
    </DataSection>
  );
}

/**
 * Email & calendar (team mode): the digest of next actions, notices of what arrives in the
 * inbox, and a calendar feed by secret address. When the server has no mail configured, the
 * page says so first: the choices are kept, and nothing is sent.
 */
export function MailPage() {
  const settings = useMailSettings();
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Email &amp; calendar</Title>
        <Text c="dimmed">Reminders that reach you outside the app: a digest, notices, and your next actions in your calendar.</Text>
      </div>
      {settings.isPending && <Loader aria-label="Loading your mail settings" />}
      {settings.error && <Alert color="red">{errorMessage(settings.error)}</Alert>}
      {settings.data && !settings.data.mailConfigured && (
        <Alert color="yellow" title="Mail is not configured on this server: no email is sent">
          Your choices below are kept and apply once the operator sets mail up (UNDERSTUDY_SMTP_HOST and UNDERSTUDY_SMTP_FROM). The calendar
          feed works without mail.
        </Alert>
      )}
      {settings.data && <EmailSection settings={settings.data} />}
      <CalendarFeedSection />
    </Stack>
  );
}
