import type { ComponentType } from 'react';
import { named } from '../../pages.js';
import type { Account } from './team-records.js';

/** A page only team mode has: where it lives, its name in the navigation and how it loads. */
export interface TeamPage {
  path: string;
  label: string;
  /** What the page is for, as the command palette says it. */
  description?: string;
  component: ComponentType;
  /** Shown beside the page's link in the navigation (the inbox's unread count). */
  aside?: ComponentType;
  /** False for a page reached from another (a conversation, the in-app compose), not from the navigation. */
  nav?: boolean;
}

const accountPage: TeamPage = {
  path: '/account',
  label: 'Account',
  description: 'Who is signed in, sign out everywhere, your data, delete your account',
  component: named(() => import('./account-page.js'), 'AccountPage'),
};

const teamPage: TeamPage = {
  path: '/team',
  label: 'Team',
  description: 'Invite people, see who has an account and how the team is doing',
  component: named(() => import('./team-page.js'), 'TeamPage'),
};

const mailPage: TeamPage = {
  path: '/mail',
  label: 'Email & calendar',
  description: 'Digests, notices and your calendar feed',
  component: named(() => import('../mail/mail-page.js'), 'MailPage'),
};

const InboxUnread = named(() => import('../mentoring/inbox-page.js'), 'InboxUnread');

/** Team mentoring: the inbox, the mentor directory, your offer to mentor, and the pages they open. */
const mentoringPages: TeamPage[] = [
  {
    path: '/inbox',
    label: 'Inbox',
    description: 'Asks and replies with colleagues, and your office hours',
    component: named(() => import('../mentoring/inbox-page.js'), 'InboxPage'),
    aside: InboxUnread,
  },
  {
    path: '/inbox/new',
    label: 'Write in the app',
    component: named(() => import('../mentoring/ask-in-app-page.js'), 'AskInAppPage'),
    nav: false,
  },
  {
    path: '/inbox/:id',
    label: 'Conversation',
    component: named(() => import('../mentoring/conversation-page.js'), 'ConversationPage'),
    nav: false,
  },
  {
    path: '/directory',
    label: 'Mentor directory',
    description: 'Colleagues who offer to mentor, and their room this month',
    component: named(() => import('../mentoring/directory-page.js'), 'DirectoryPage'),
  },
  {
    path: '/offer',
    label: 'Offer to mentor',
    description: 'Your skills, evidence, capacity and office hours',
    component: named(() => import('../mentoring/offer-page.js'), 'OfferPage'),
  },
];

/**
 * The team-mode pages `account` may open: team mentoring, its own account and mail, and for an admin
 * the team. Routes are tried in this order, so `/inbox/new` comes before `/inbox/:id`.
 */
export function teamPagesFor(account: Account | undefined): TeamPage[] {
  if (!account) return [];
  return [...mentoringPages, accountPage, mailPage, ...(account.role === 'admin' ? [teamPage] : [])];
}
