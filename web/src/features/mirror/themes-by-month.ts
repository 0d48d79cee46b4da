import type { FeedbackRecord } from './mirror-records.js';
import { shadowOf, strengthById } from './shadow-of.js';
import { monthLabel } from './timeline-of.js';

/** What came up in one month's feedback: themes and shadow sides, each with how often. */
export interface MonthThemes {
  month: string;
  label: string;
  items: Array<{ key: string; label: string; kind: 'theme' | 'shadow'; count: number; recurring: boolean }>;
}

/**
 * Themes and shadow sides over time: for each month with feedback (newest first), what came up
 * and how often, marking those that came up in an earlier month too (recurring over time).
 * A shadow side is the strength recorded with the feedback, else the one its text points to.
 */
export function themesByMonth(feedback: readonly FeedbackRecord[]): MonthThemes[] {
  const byMonth = new Map<string, Map<string, { label: string; kind: 'theme' | 'shadow'; count: number }>>();
  const firstSeen = new Map<string, string>();
  for (const f of [...feedback].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))) {
    const month = f.receivedOn.slice(0, 7);
    const items = byMonth.get(month) ?? new Map();
    byMonth.set(month, items);
    const add = (key: string, label: string, kind: 'theme' | 'shadow') => {
      const item = items.get(key) ?? { label, kind, count: 0 };
      item.count += 1;
      items.set(key, item);
      if (!firstSeen.has(key)) firstSeen.set(key, month);
    };
    const theme = f.theme?.trim();
    if (theme) add(`theme:${theme.toLowerCase().replace(/\s+/g, ' ')}`, theme, 'theme');
    const side = strengthById(f.strengthId) ?? shadowOf(f.body);
    if (side) add(`shadow:${side.strength}`, `${side.strengthName} (shadow)`, 'shadow');
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, items]) => ({
      month,
      label: monthLabel(month),
      items: [...items.entries()]
        .map(([key, item]) => ({ key, ...item, recurring: (firstSeen.get(key) ?? month) < month }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    }));
}
