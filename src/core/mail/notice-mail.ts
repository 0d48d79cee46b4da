import { utcStartText } from '../mentoring/office-hours.js';
import type { InboxKind } from '../mentoring/schemas.js';
import { oneLine, simpleHtml } from './mail-text.js';
import type { OutgoingMail } from './mailer.js';

/** What the sender did, as a notice's subject says it. */
const sentWhat: Record<InboxKind, string> = {
  ask: 'sent you an ask',
  'follow-up': 'sent you a follow-up',
  'circle-back': 'circled back to you',
  escalation: 'sent you a follow-up question',
  backstage: 'sent you a backstage request',
  reply: 'replied to you',
};

/** The web app's address of a conversation in the inbox. */
export function conversationUrl(publicUrl: string, conversationId: string): string {
  return `${publicUrl}/inbox/${encodeURIComponent(conversationId)}`;
}

/** The web app's page of one's email and calendar settings. */
export function mailSettingsUrl(publicUrl: string): string {
  return `${publicUrl}/mail`;
}

/**
 * The notice that a message arrived in `to`'s inbox: who sent what kind of message, and a link
 * to the conversation. Never the message's text: it stays on the server, behind sign-in.
 */
export function noticeMail(input: {
  to: string;
  fromName: string;
  kind: InboxKind;
  conversationId: string;
  publicUrl: string;
}): OutgoingMail {
  const from = oneLine(input.fromName, 100) || 'A colleague';
  const headline = `${from} ${sentWhat[input.kind]} in Understudy`;
  const link = conversationUrl(input.publicUrl, input.conversationId);
  const settings = mailSettingsUrl(input.publicUrl);
  const paragraphs = [
    `${headline}.`,
    'Read it and answer in the app (the message stays on the server: sign in to read it):',
    link,
    'You get this email because notices are on. To turn them off:',
    settings,
  ];
  return { to: input.to, subject: headline, text: `${paragraphs.join('\n\n')}\n`, html: simpleHtml(paragraphs) };
}

/**
 * The notice that office hours with `to` were booked or cancelled by the other person, with the
 * invitation or its cancellation as the mail's calendar part, so the recipient's calendar adds
 * or removes the event.
 */
export function officeHoursNoticeMail(input: {
  to: string;
  fromName: string;
  event: 'booked' | 'cancelled';
  startsAt: string;
  minutes: number;
  conversationId: string;
  publicUrl: string;
  ics: string;
}): OutgoingMail {
  const from = oneLine(input.fromName, 100) || 'A colleague';
  // The calendar part shows the start on the reader's own clock.
  const when = utcStartText(input.startsAt);
  const headline =
    input.event === 'booked' ? `${from} booked office hours with you on ${when}` : `${from} cancelled your office hours of ${when}`;
  const paragraphs = [
    `${headline} (${input.minutes} minutes).`,
    input.event === 'booked'
      ? 'The invitation is attached: your calendar can add it.'
      : 'The cancellation is attached: your calendar can remove the event.',
    'Your conversation in the app:',
    conversationUrl(input.publicUrl, input.conversationId),
    'You get this email because notices are on. To turn them off:',
    mailSettingsUrl(input.publicUrl),
  ];
  return {
    to: input.to,
    subject: headline,
    text: `${paragraphs.join('\n\n')}\n`,
    html: simpleHtml(paragraphs),
    calendar: { method: input.event === 'booked' ? 'REQUEST' : 'CANCEL', ics: input.ics },
  };
}

/** The mail that hands a password-reset link to its account's owner. */
export function resetLinkMail(input: { to: string; url: string }): OutgoingMail {
  const paragraphs = [
    `Someone, we hope you, asked to reset the password of the Understudy account ${input.to}. Set a new password here within the hour:`,
    input.url,
    'If it was not you, ignore this email: your password stays as it is.',
  ];
  return { to: input.to, subject: 'Reset your Understudy password', text: `${paragraphs.join('\n\n')}\n`, html: simpleHtml(paragraphs) };
}
