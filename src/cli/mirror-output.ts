import type { MirrorHistory } from '../core/mirror/get-mirror-history.js';
import { table } from './output.js';

/** One line of the Mirror's history: a request sent, feedback received, a reply or an adoption. */
interface Entry {
  date: string;
  what: string;
  who: string;
  verdict: string;
  id: string;
  text: string;
}

/**
 * The Mirror's history as one table, newest first: requests with their check verdict,
 * feedback with the shadow side it points to, replies with their verdict, and each
 * counter-behaviour adopted on the day it was adopted.
 */
export function mirrorTable(history: MirrorHistory): string {
  const giverOf = new Map(history.feedback.map((f) => [f.id, f.giverName]));
  const entries: Entry[] = [
    ...history.requests.map((r) => ({
      date: r.sentOn,
      what: 'request',
      who: r.giverName,
      verdict: r.checkVerdict ?? '',
      id: r.id,
      text: [r.event, r.focus].filter(Boolean).join(' · ') || r.body,
    })),
    ...history.feedback.map((f) => ({
      date: f.receivedOn,
      what: 'feedback',
      who: f.giverName,
      verdict: f.strengthId ? `shadow: ${f.strengthId}` : '',
      id: f.id,
      text: f.body,
    })),
    ...history.feedback
      .filter((f) => f.adopted)
      .map((f) => ({ date: f.adoptedOn ?? f.receivedOn, what: 'adopted', who: f.giverName, verdict: '', id: f.id, text: f.adopted ?? '' })),
    ...history.replies.map((r) => ({
      date: r.sentOn,
      what: 'reply',
      who: giverOf.get(r.feedbackId) ?? '',
      verdict: r.checkVerdict ?? '',
      id: r.id,
      text: r.body,
    })),
  ];
  const order = ['adopted', 'reply', 'feedback', 'request'];
  entries.sort((a, b) => b.date.localeCompare(a.date) || order.indexOf(a.what) - order.indexOf(b.what));
  return table(
    ['DATE', 'WHAT', 'WHO', 'VERDICT', 'ID', 'TEXT'],
    entries.map((e) => [e.date, e.what, e.who, e.verdict, e.id, e.text]),
  );
}
