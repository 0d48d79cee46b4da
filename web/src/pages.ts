import { type ComponentType, lazy } from 'react';

/** One page of the app: where it lives, its name in the navigation and how it loads. */
export interface Page {
  path: string;
  label: string;
  /** What the page is for, shown in the command palette. */
  description: string;
  /** `alt+<key>` opens the page. */
  key: string;
  component: ComponentType;
}

/** A lazily loaded component from a module's named export (our modules have no default exports). */
export function named<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// Each page is its own chunk, so the first load carries only the shell and the dashboard.
export const pages: readonly Page[] = [
  {
    path: '/',
    label: 'Dashboard',
    description: 'Next actions, progress, doctor findings and who you are losing touch with',
    key: '1',
    component: named(() => import('./features/dashboard/dashboard-page.js'), 'DashboardPage'),
  },
  {
    path: '/coach',
    label: 'Coach',
    description: 'A guided start: outcome, skill gap, method, mentor shortlist, first ask',
    key: '2',
    component: named(() => import('./features/coach/coach-page.js'), 'CoachPage'),
  },
  {
    path: '/outcomes',
    label: 'Outcomes',
    description: 'Concrete 3–6 month outcomes, checked as you type, with check-ins and a chart',
    key: '3',
    component: named(() => import('./features/outcomes/outcomes-page.js'), 'OutcomesPage'),
  },
  {
    path: '/gaps',
    label: 'Skill gaps',
    description: 'The skill that blocks each outcome, with its method and horizon',
    key: '4',
    component: named(() => import('./features/gaps/gaps-page.js'), 'GapsPage'),
  },
  {
    path: '/mentors',
    label: 'Mentors',
    description: 'The board by stage, each mentor’s history, advice, scores and cadence',
    key: '5',
    component: named(() => import('./features/mentors/mentors-page.js'), 'MentorsPage'),
  },
  {
    path: '/compose',
    label: 'Compose',
    description: 'Write an ask, follow-up, circle-back or escalation, checked as you type',
    key: '6',
    component: named(() => import('./features/compose/compose-page.js'), 'ComposePage'),
  },
  {
    path: '/library',
    label: 'Library',
    description: 'Gold-standard documents, their questions, templates and the draft check',
    key: '7',
    component: named(() => import('./features/library/library-page.js'), 'LibraryPage'),
  },
  {
    path: '/mirror',
    label: 'Mirror',
    description: 'Feedback requests and replies, recurring themes and shadow sides',
    key: '8',
    component: named(() => import('./features/mirror/mirror-page.js'), 'MirrorPage'),
  },
  {
    path: '/data',
    label: 'Data',
    description: 'Backup, restore, exports, imports and settings',
    key: '9',
    component: named(() => import('./features/data/data-page.js'), 'DataPage'),
  },
];
