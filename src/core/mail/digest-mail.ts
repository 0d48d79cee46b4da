import type { NextAction } from '../actions/next-action.js';
import { oneLine, simpleHtml } from './mail-text.js';
import type { OutgoingMail } from './mailer.js';
import { conversationUrl, mailSettingsUrl } from './notice-mail.js';
import type { DigestChoice } from './schemas.js';

/** Days ahead a digest covers: today and the rest of the week. */
export const DIGEST_DAYS = 7;

/** One action as a digest lists it: its day (when not today), its reason, and whether it is late. */
function line(action: NextAction, today: string): string {
  const reason = oneLine(action.reason, 300);
  if (action.overdue) return `${reason} (overdue: it was due ${action.dueOn})`;
  return action.dueOn === today ? reason : `${action.dueOn}: ${reason}`;
}

/** A conversation in which a mentee wrote last and waits for the member's answer: who, and since when. */
export interface WaitingAnswer {
  conversationId: string;
  from: string;
  /** When the mentee's last message was sent (an ISO timestamp). */
  sentAt: string;
}

/**
 * A member's digest: their next actions of today (the overdue ones with them) and of the rest
 * of the week, and as a mentor the mentees waiting for their answer (who and since when, never
 * what they wrote), as plain text and as simple HTML, with links to the app and to the settings.
 */
export function digestMail(input: {
  to: string;
  name: string;
  choice: Exclude<DigestChoice, 'off'>;
  today: string;
  actions: readonly NextAction[];
  waiting?: readonly WaitingAnswer[];
  publicUrl: string;
}): OutgoingMail {
  const { today, actions } = input;
  const waiting = (input.waiting ?? []).map(
    (w) =>
      `${oneLine(w.from, 100)} waits for your answer since ${w.sentAt.slice(0, 10)}: ${conversationUrl(input.publicUrl, w.conversationId)}`,
  );
  const now = actions.filter((a) => a.dueOn <= today).map((a) => line(a, today));
  const later = actions.filter((a) => a.dueOn > today).map((a) => line(a, today));
  const count = `${actions.length} next action${actions.length === 1 ? '' : 's'}`;
  const subject = input.choice === 'daily' ? `Understudy: ${count} for ${today}` : `Understudy: your week from ${today}, ${count}`;
  const name = oneLine(input.name, 100);
  const parts: Array<string | { heading: string; list: string[] }> = [`Hello ${name || 'there'},`, `What to do next, as of ${today}:`];
  if (now.length > 0) parts.push({ heading: 'Today', list: now });
  if (later.length > 0) parts.push({ heading: 'This week', list: later });
  if (waiting.length > 0) parts.push({ heading: 'Mentees waiting for your answer', list: waiting });
  const ending = [
    'Open Understudy:',
    `${input.publicUrl}/`,
    `You get this digest ${input.choice === 'daily' ? 'every day' : 'every week'} because you chose it. To change it or stop it:`,
    mailSettingsUrl(input.publicUrl),
  ];
  parts.push(...ending);
  const text = parts.map((p) => (typeof p === 'string' ? p : `${p.heading}\n${p.list.map((item) => `- ${item}`).join('\n')}`)).join('\n\n');
  return { to: input.to, subject, text: `${text}\n`, html: simpleHtml(parts) };
}
