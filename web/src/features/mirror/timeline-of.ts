import type { MirrorHistory } from './mirror-records.js';
import { strengthById } from './shadow-of.js';

/** One event of the Mirror's history. */
export interface TimelineEntry {
  key: string;
  kind: 'request' | 'feedback' | 'reply' | 'adopted';
  date: string;
  /** Who was asked, who gave the feedback, or whom the reply or adoption answers. */
  giver: string;
  text: string;
  /** The check verdict of a request or reply. */
  verdict: string | null;
  /** For feedback: the strength whose shadow it describes. */
  strength: string | null;
  /** The feedback an entry is about (feedback, its reply, its adoption). */
  feedbackId: string | null;
}

/** A month of the history, newest first within it. */
export interface TimelineMonth {
  /** `YYYY-MM`. */
  month: string;
  label: string;
  entries: TimelineEntry[];
}

const kindOrder: Record<TimelineEntry['kind'], number> = { adopted: 0, reply: 1, feedback: 2, request: 3 };

/** `2026-11` as "November 2026", whatever the browser's language, as the rest of the app writes dates. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[Number(m) - 1] ?? m} ${year}`;
}

/**
 * The Mirror's history as a timeline by month, newest first: requests sent (with their check),
 * feedback received (with its shadow side), replies (with their check) and each
 * counter-behaviour adopted, on the day it was adopted.
 */
export function timelineOf(history: MirrorHistory): TimelineMonth[] {
  const feedbackById = new Map(history.feedback.map((f) => [f.id, f]));
  const entries: TimelineEntry[] = [
    ...history.requests.map((r) => ({
      key: `request:${r.id}`,
      kind: 'request' as const,
      date: r.sentOn,
      giver: r.giverName,
      text: r.body,
      verdict: r.checkVerdict,
      strength: null,
      feedbackId: null,
    })),
    ...history.feedback.map((f) => ({
      key: `feedback:${f.id}`,
      kind: 'feedback' as const,
      date: f.receivedOn,
      giver: f.giverName,
      text: f.body,
      verdict: null,
      strength: strengthById(f.strengthId)?.strengthName ?? null,
      feedbackId: f.id,
    })),
    ...history.feedback
      .filter((f) => f.adopted)
      .map((f) => ({
        key: `adopted:${f.id}`,
        kind: 'adopted' as const,
        date: f.adoptedOn ?? f.receivedOn,
        giver: f.giverName,
        text: f.adopted ?? '',
        verdict: null,
        strength: null,
        feedbackId: f.id,
      })),
    ...history.replies.map((r) => ({
      key: `reply:${r.id}`,
      kind: 'reply' as const,
      date: r.sentOn,
      giver: feedbackById.get(r.feedbackId)?.giverName ?? '',
      text: r.body,
      verdict: r.checkVerdict,
      strength: null,
      feedbackId: r.feedbackId,
    })),
  ];
  entries.sort((a, b) => b.date.localeCompare(a.date) || kindOrder[a.kind] - kindOrder[b.kind]);
  const months: TimelineMonth[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    let last = months.at(-1);
    if (last?.month !== month) {
      last = { month, label: monthLabel(month), entries: [] };
      months.push(last);
    }
    last.entries.push(entry);
  }
  return months;
}
