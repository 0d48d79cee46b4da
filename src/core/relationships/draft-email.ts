import { AppError } from '../errors.js';

/** A recipient or sender: a bare address, or an address with a display name. */
export type MailAddress = string | { name?: string | null; address: string };

/** What a draft says, before it is turned into a link or a file. */
export interface MailDraft {
  to: MailAddress;
  subject: string;
  body: string;
}

/** Longest header line we write (RFC 5322 recommends 78 characters). */
const LINE = 78;
/** UTF-8 bytes per RFC 2047 encoded word: base64 of 42 bytes keeps `Subject: =?UTF-8?B?…?=` under 78. */
const WORD_BYTES = 42;
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/**
 * A `mailto:` link that opens the draft in the user's mail client (RFC 6068): the address,
 * subject and body are UTF-8 percent-encoded (everything but unreserved characters), line
 * breaks in the body become `%0D%0A`, and line breaks in the subject become spaces so they
 * cannot add header fields.
 */
export function mailtoLink(draft: MailDraft): string {
  const address = addressOf(draft.to);
  const local = address.slice(0, address.lastIndexOf('@'));
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const subject = percent(oneLine(draft.subject));
  const body = percent(crlf(draft.body));
  return `mailto:${percent(local)}@${percent(domain)}?subject=${subject}&body=${body}`;
}

/**
 * An RFC 5322 message file (`.eml`) that a mail client opens as an unsent draft: folded
 * headers, a non-ASCII subject or name as RFC 2047 encoded words, a UTF-8 plain-text body in
 * quoted-printable with CRLF line ends, a Date from `date` (an ISO timestamp: the function
 * reads no clock) and a Message-ID derived from the content unless one is given. CR and LF
 * in the subject or a name become spaces; an address that is not one is refused.
 */
export function emlFile(draft: MailDraft & { from?: MailAddress | undefined; date: string; messageId?: string | undefined }): string {
  const when = new Date(draft.date);
  if (Number.isNaN(when.getTime())) throw new AppError('invalid_input', `Not a date and time: ${oneLine(draft.date)}`);
  const to = mailbox(draft.to);
  const from = draft.from === undefined ? null : mailbox(draft.from);
  const domain = draft.from === undefined ? 'understudy.local' : addressOf(draft.from).split('@').pop();
  const id = draft.messageId ?? `${when.getTime().toString(36)}.${hash(`${to}\n${draft.subject}\n${draft.body}`)}`;
  const headers = [
    from ? fold('From', from) : null,
    fold('To', to),
    fold('Subject', headerText(draft.subject)),
    `Date: ${rfc5322Date(when)}`,
    `Message-ID: <${id.replace(/[^\w.!#$%&'*+/=?^`{|}~-]/g, '')}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ].filter((h): h is string => h !== null);
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(draft.body)}\r\n`;
}

/**
 * Encodes text as quoted-printable (RFC 2045 §6.7) over its UTF-8 bytes: lines of at most 76
 * characters with soft breaks, `=` and non-printable bytes as `=XX`, trailing spaces encoded,
 * and every line break written CRLF.
 */
export function quotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return crlf(text)
    .split('\r\n')
    .map((line) => {
      const bytes = encoder.encode(line);
      const tokens = [...bytes].map((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        return literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      const out: string[] = [];
      let current = '';
      tokens.forEach((token, i) => {
        const limit = i === tokens.length - 1 ? 76 : 75;
        if (current.length + token.length > limit) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      });
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}

/** A header value as RFC 2047 encoded words when it holds non-ASCII text, else as is. */
function headerText(text: string): string {
  const flat = oneLine(text);
  if (/^[\x20-\x7e]*$/.test(flat)) return flat;
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of flat) {
    const bytes = [...encoder.encode(char)];
    if (chunk.length + bytes.length > WORD_BYTES) {
      words.push(encodedWord(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(encodedWord(chunk));
  return words.join(' ');
}

function encodedWord(bytes: number[]): string {
  return `=?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
}

/** `Name <address>` for a header, the name quoted or encoded as needed. */
function mailbox(value: MailAddress): string {
  const address = addressOf(value);
  const name = typeof value === 'string' ? '' : oneLine(value.name ?? '');
  if (!name) return address;
  const shown = headerText(name);
  if (shown !== name) return `${shown} <${address}>`;
  return /^[\w !#$%&'*+/=?^`{|}~-]*$/.test(name) ? `${name} <${address}>` : `"${name.replace(/[\\"]/g, '\\$&')}" <${address}>`;
}

/** The bare address; refuses anything that is not a single plain address (no header tricks). */
function addressOf(value: MailAddress): string {
  const raw = typeof value === 'string' ? value : value.address;
  const address = raw.trim();
  if (!ADDRESS.test(address) || address.length > 320) {
    throw new AppError('invalid_input', `Not an email address: ${JSON.stringify(oneLine(raw).slice(0, 80))}`);
  }
  return address;
}

/** Folds `Name: value` at spaces so lines stay within 78 characters where words allow. */
function fold(name: string, value: string): string {
  const lines: string[] = [];
  let current = `${name}:`;
  for (const word of value.split(' ')) {
    if (current.length + 1 + word.length > LINE && current.trim() !== '' && !current.endsWith(':')) {
      lines.push(current);
      current = '';
    }
    current += ` ${word}`;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function rfc5322Date(d: Date): string {
  const [weekday, day, month, year, time] = d.toUTCString().replace(',', '').split(' ');
  return `${weekday}, ${day} ${month} ${year} ${time} +0000`;
}

/** Text on one line: CR, LF and other control characters become spaces. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return text.replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ').trim();
}

function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

function percent(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** A short stable hash (FNV-1a, 32 bits, base 36) for Message-IDs. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(36);
}
