import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useLocation } from 'wouter';
import { pages } from '../pages.js';
import { extraActions } from './palette-actions.js';

/** A page the palette can go to besides the solo pages (the team pages of a signed-in member). */
export interface PalettePage {
  path: string;
  label: string;
  description?: string;
}

/** Ctrl/Cmd + K: go to any page (the solo pages and `more`) or run a common command. */
export function CommandPalette({ more = [] }: { more?: PalettePage[] } = {}) {
  const [, navigate] = useLocation();
  const actions: SpotlightActionData[] = [
    ...[...pages, ...more].map((p) => ({
      id: `page:${p.path}`,
      label: p.label,
      description: p.description,
      onClick: () => navigate(p.path),
    })),
    ...extraActions(navigate),
  ];
  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K', '/']}
      nothingFound="Nothing matches"
      highlightQuery
      searchProps={{ placeholder: 'Go to a page or run a command…', 'aria-label': 'Search pages and commands' }}
    />
  );
}
