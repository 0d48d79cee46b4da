import type { FeedbackRecord } from './mirror-records.js';
import { shadowOf, strengthById } from './shadow-of.js';

/** One thing that comes up in feedback: how often, from whom, and when last. */
export interface Theme {
  key: string;
  label: string;
  count: number;
  givers: string[];
  lastOn: string;
  /** For a shadow side: what it looks like and what to do instead. */
  shadow?: string;
  counter?: string;
}

/** What comes up across all logged feedback: the themes given and the shadow sides it points to. */
export interface FeedbackThemes {
  themes: Theme[];
  shadows: Theme[];
}

function add(map: Map<string, Theme>, key: string, make: () => Omit<Theme, 'count' | 'givers' | 'lastOn'>, f: FeedbackRecord): void {
  const theme = map.get(key) ?? { ...make(), count: 0, givers: [], lastOn: f.receivedOn };
  theme.count += 1;
  if (!theme.givers.includes(f.giverName)) theme.givers.push(f.giverName);
  if (f.receivedOn > theme.lastOn) theme.lastOn = f.receivedOn;
  map.set(key, theme);
}

const byCount = (a: Theme, b: Theme) => b.count - a.count || b.lastOn.localeCompare(a.lastOn) || a.label.localeCompare(b.label);

/**
 * Groups feedback by its theme (case and spacing ignored) and by the strength whose shadow it
 * describes: the one recorded with it, else the one its text points to. Most frequent first;
 * anything that comes up twice or more is a recurring theme.
 */
export function themesOf(feedback: readonly FeedbackRecord[]): FeedbackThemes {
  const themes = new Map<string, Theme>();
  const shadows = new Map<string, Theme>();
  for (const f of feedback) {
    const theme = f.theme?.trim();
    if (theme) add(themes, theme.toLowerCase().replace(/\s+/g, ' '), () => ({ key: theme.toLowerCase(), label: theme }), f);
    const side = strengthById(f.strengthId) ?? shadowOf(f.body);
    if (side) {
      add(shadows, side.strength, () => ({ key: side.strength, label: side.strengthName, shadow: side.shadow, counter: side.counter }), f);
    }
  }
  return { themes: [...themes.values()].sort(byCount), shadows: [...shadows.values()].sort(byCount) };
}
