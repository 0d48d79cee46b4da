/** What the readers of time phrases share: the bound each reports, and the word edges of their patterns. */
import type { DateParts } from './calendar.js';

/** A relative span as written ("six months" → 6 month). */
export interface TimeSpan {
  value: number;
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
}

/** A candidate bound before the reference date is applied. */
export interface TimeCandidate {
  start: number;
  end: number;
  /** How it was written: a relative span, a period end (quarter, half, year, month) or a day. */
  kind: 'span' | 'period' | 'day';
  resolve: (today: DateParts) => DateParts;
  span?: TimeSpan;
}

/** Where a word starts: no letter or digit before. */
export const B = '(?<![\\p{L}\\p{N}])';
/** Where a word ends: no letter or digit after. */
export const E = '(?![\\p{L}\\p{N}])';
