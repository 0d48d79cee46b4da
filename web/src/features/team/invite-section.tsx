import { Alert, Button, CopyButton, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import { type Invitation, type Role, roleOptions } from './team-records.js';
import { useInvite } from './use-team.js';

/** The link of a new invitation, shown only this once, with a button to copy it. */
function InvitationLink({ invitation }: { invitation: Invitation }) {
  return (
    <Alert color="teal" title="Invitation link: copy it now, it is shown only once">
      <Stack gap="xs">
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label="Invitation link"
            value={invitation.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={invitation.url}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : 'indigo'} onClick={copy} variant={copied ? 'filled' : 'light'}>
                {copied ? 'Copied' : 'Copy the link'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">
          For {invitation.email ?? 'anyone with the link'}, as {invitation.role}; it works once, until{' '}
          {new Date(invitation.expiresAt).toLocaleString()}. Send it yourself: Understudy sends no email.
        </Text>
      </Stack>
    </Alert>
  );
}

/** Inviting someone by link (admins): optionally the one email it is for, the role and how long it lasts. */
export function InviteSection() {
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [days, setDays] = useState<number | string>(7);
  return (
    <DataSection
      title="Invite someone"
      intro="An invitation is a link that makes one account. Tie it to an email so only that person can use it, or leave the email empty."
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = email.trim();
          invite.mutate({ email: trimmed === '' ? null : trimmed, role, days: typeof days === 'number' ? days : 7 });
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Email (optional)"
            type="email"
            placeholder="anyone with the link"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            w={260}
          />
          <Select label="Role" data={roleOptions} value={role} onChange={(v) => v && setRole(v as Role)} allowDeselect={false} w={300} />
          <NumberInput label="Valid for (days)" min={1} max={30} value={days} onChange={setDays} w={140} />
          <Button type="submit" loading={invite.isPending}>
            Make an invitation link
          </Button>
        </Group>
      </form>
      {invite.error && (
        <Alert color="red" title="No invitation was made">
          {errorMessage(invite.error)}
        </Alert>
      )}
      {invite.data && <InvitationLink key={invite.data.id} invitation={invite.data} />}
    </DataSection>
  );
}
