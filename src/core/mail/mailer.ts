/** One email: to one address, as plain text with an optional HTML version of the same text. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** An iCalendar invitation or cancellation, sent as the mail's calendar part (calendars act on it). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string } | undefined;
}

/**
 * Sends email (SMTP in a team server whose operator configured it). `send` resolves once the
 * mail server accepted the message and rejects when it did not (unreachable, refused, timed out);
 * the callers report a failure on the server's terminal and never pass it on to a user.
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/** Where and as whom a team server's mail goes: the SMTP server, its account, the sender. */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (usually port 465); off, the connection is upgraded by STARTTLS when the server offers it. */
  readonly secure: boolean;
  /** The SMTP account; with it, `password` is set too. */
  readonly user: string | undefined;
  readonly password: string | undefined;
  /** The sender, `address` or `Name <address>`. */
  readonly from: string;
}

/** Writes one line on the server's terminal (a mail that could not go, and why). */
export type MailLog = (line: string) => void;

/** The reason of a failure, as one short line. */
export function failureLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
}
