import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'wouter';
import { showError } from '../../api/show-error.js';
import type { Account } from './team-records.js';
import { useSignOut } from './use-session.js';

/** The initials of a name, for the menu's avatar. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (
    words
      .slice(0, 2)
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('') || '?'
  );
}

/** Who is signed in (team mode), in the header: a menu to the account page and to sign out. */
export function AccountMenu({ account }: { account: Account }) {
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account of ${account.name}`}>
          <Group gap="xs">
            <Avatar size="sm" radius="xl" color="indigo">
              {initials(account.name)}
            </Avatar>
            <Text size="sm" visibleFrom="sm">
              {account.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{account.email}</Menu.Label>
        <Menu.Item component={Link} href="/account">
          Your account
        </Menu.Item>
        <Menu.Item onClick={() => signOut.mutate(undefined, { onError: (error) => showError('You are still signed in', error) })}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
