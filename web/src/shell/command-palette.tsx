import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useLocation } from 'wouter';
import { pages } from '../pages.js';
import { extraActions } from './palette-actions.js';

/** Ctrl/Cmd + K: go to any page or run a common command. */
export function CommandPalette() {
  const [, navigate] = useLocation();
  const actions: SpotlightActionData[] = [
    ...pages.map((p) => ({ id: `page:${p.path}`, label: p.label, description: p.description, onClick: () => navigate(p.path) })),
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
