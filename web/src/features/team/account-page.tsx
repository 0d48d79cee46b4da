import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { showDone, showError } from '../../api/show-error.js';
import { DataSection } from '../data/data-section.js';
import { DeleteAccountSection } from './delete-account-section.js';
import { useAccount, useSignOut, useSignOutEverywhere } from './use-session.js';

/**
 * Your account on a team server: who is signed in, signing out here or on every device,
 * downloading everything of yours (the workspace backup) and deleting the account.
 */
export function AccountPage() {
  const account = useAccount();
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere();
  if (account.isPending) return <Loader aria-label="Loading your account" />;
  if (!account.data) return <Alert color="red">{account.error ? account.error.message : 'No one is signed in.'}</Alert>;
  const me = account.data;
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Your account</Title>
        <Text c="dimmed">Your workspace on this team server is yours alone: no one else, admins included, reads it.</Text>
      </div>
      <DataSection title="Signed in">
        <Group gap="sm">
          <Text fw={600}>{me.name}</Text>
          <Text>{me.email}</Text>
          <Badge variant="light" color={me.role === 'admin' ? 'grape' : 'gray'}>
            {me.role}
          </Badge>
        </Group>
        <Group>
          <Button
            variant="default"
            loading={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onError: (error) => showError('You are still signed in', error) })}
          >
            Sign out
          </Button>
          <Button
            variant="default"
            loading={everywhere.isPending}
            onClick={() =>
              everywhere.mutate(undefined, {
                onSuccess: () => showDone('Signed out on every device'),
                onError: (error) => showError('The other devices are still signed in', error),
              })
            }
          >
            Sign out everywhere
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          “Sign out everywhere” ends every session of your account, on each browser and device, this one included.
        </Text>
      </DataSection>
      <DataSection
        title="Your data"
        intro="Everything in your workspace as one JSON file: the same backup as on the Data page, which restores into any Understudy. Your conversations with colleagues in the app are a second file: every message you sent and received, to keep."
      >
        <Group>
          <Button component="a" href="/api/backup" download="understudy-backup.json">
            Download all my data
          </Button>
          <Button component="a" variant="default" href="/api/team/inbox/export" download="understudy-conversations.json">
            Download my conversations
          </Button>
        </Group>
      </DataSection>
      <DeleteAccountSection account={me} />
    </Stack>
  );
}
