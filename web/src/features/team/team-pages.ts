import type { ComponentType } from 'react';
import { named } from '../../pages.js';
import type { Account } from './team-records.js';

/** A page only team mode has: where it lives, its name in the navigation and how it loads. */
export interface TeamPage {
  path: string;
  label: string;
  component: ComponentType;
}

const accountPage: TeamPage = {
  path: '/account',
  label: 'Account',
  component: named(() => import('./account-page.js'), 'AccountPage'),
};

const teamPage: TeamPage = {
  path: '/team',
  label: 'Team',
  component: named(() => import('./team-page.js'), 'TeamPage'),
};

const mailPage: TeamPage = {
  path: '/mail',
  label: 'Email & calendar',
  component: named(() => import('../mail/mail-page.js'), 'MailPage'),
};

/** The team-mode pages `account` may open: its own account and mail, and for an admin the team. */
export function teamPagesFor(account: Account | undefined): TeamPage[] {
  if (!account) return [];
  return account.role === 'admin' ? [accountPage, mailPage, teamPage] : [accountPage, mailPage];
}
