import { AppShell, Burger, Group, Kbd, Loader, NavLink, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { type ComponentType, type ReactNode, Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { AccountMenu } from '../features/team/account-menu.js';
import { teamPagesFor } from '../features/team/team-pages.js';
import type { Account } from '../features/team/team-records.js';
import { named, pages } from '../pages.js';
import { CommandPalette } from './command-palette.js';
import { ErrorBoundary } from './error-boundary.js';
import { ThemeToggle } from './theme-toggle.js';

const MentorPage = named(() => import('../features/mentors/mentor-page.js'), 'MentorPage');

/** What a team page shows beside its link (the inbox's unread count), loaded without holding up the navigation. */
function TeamPageAside({ aside: Aside }: { aside: ComponentType }) {
  return (
    <Suspense fallback={null}>
      <Aside />
    </Suspense>
  );
}

/**
 * The frame around every page: navigation, header, command palette and keyboard shortcuts. In
 * team mode `account` is who is signed in: the header shows their menu, and the navigation
 * their account page (and for an admin the team's).
 */
export function Shell({ account }: { account?: Account } = {}) {
  const [opened, { toggle, close }] = useDisclosure();
  const teamPages = teamPagesFor(account);
  const [location, navigate] = useLocation();
  useHotkeys(pages.map((p) => [`alt+${p.key}`, () => navigate(p.path)]));
  const active = (path: string) => (path === '/' ? location === '/' : location.startsWith(path));
  // One list of links: every page with its shortcut, then the team pages with what they show beside them.
  const navigation: Array<{ path: string; label: string; aside?: ReactNode }> = [
    ...pages.map((p) => ({
      path: p.path,
      label: p.label,
      aside: (
        <Text size="xs" c="dimmed" aria-hidden>
          alt+{p.key}
        </Text>
      ),
    })),
    ...teamPages
      .filter((p) => p.nav !== false)
      .map((p) => ({ path: p.path, label: p.label, aside: p.aside ? <TeamPageAside aside={p.aside} /> : undefined })),
  ];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Open the navigation" />
            <Title order={1} size="h3">
              Understudy
            </Title>
          </Group>
          <Group gap="sm">
            <UnstyledButton onClick={() => spotlight.open()} aria-label="Open the command palette">
              <Text size="sm" c="dimmed">
                Search and commands <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">K</Kbd>
              </Text>
            </UnstyledButton>
            <ThemeToggle />
            {account && <AccountMenu account={account} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Pages">
        {navigation.map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            href={item.path}
            label={item.label}
            active={active(item.path)}
            onClick={close}
            rightSection={item.aside}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary key={location}>
          <Suspense fallback={<Loader aria-label="Loading" />}>
            <Switch>
              {pages.map((p) => (
                <Route key={p.path} path={p.path} component={p.component} />
              ))}
              <Route path="/mentors/:id" component={MentorPage} />
              {teamPages.map((p) => (
                <Route key={p.path} path={p.path} component={p.component} />
              ))}
              <Route>
                <Text>There is no page here. Pick one on the left, or press Ctrl + K.</Text>
              </Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
      <CommandPalette more={teamPages.filter((p) => p.nav !== false)} />
    </AppShell>
  );
}
