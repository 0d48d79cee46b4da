/**
 * Mail drafts in the browser: a `mailto:` link and an `.eml` file built from the text in the
 * editor, so a message can go out through the user's own mail client. Nothing is sent from here.
 */

/** What a draft says; `to` is left out when the mentor has no usable address. */
export interface MailDraft {
  to?: { name?: string | null; address: string } | null;
  subject: string;
  body: string;
}

/** Longest header line written (RFC 5322 recommends 78 characters). */
const LINE = 78;
/** UTF-8 bytes per RFC 2047 encoded word, so `Subject: =?UTF-8?B?…?=` stays under 78. */
const WORD_BYTES = 42;
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/** True when `value` is one plain email address (no display name, no header tricks). */
export function isMailAddress(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= 320 && ADDRESS.test(value.trim());
}

/**
 * A `mailto:` link (RFC 6068): address, subject and body UTF-8 percent-encoded, line breaks in
 * the body as `%0D%0A`, line breaks in the subject turned into spaces.
 */
export function mailtoLink(draft: MailDraft): string {
  const address = draft.to && isMailAddress(draft.to.address) ? draft.to.address.trim() : '';
  const at = address.lastIndexOf('@');
  const to = address ? `${percent(address.slice(0, at))}@${percent(address.slice(at + 1))}` : '';
  return `mailto:${to}?subject=${percent(oneLine(draft.subject))}&body=${percent(crlf(draft.body))}`;
}

/**
 * An RFC 5322 message file that mail clients open as an unsent draft: folded headers, a
 * non-ASCII subject or name as RFC 2047 encoded words, a UTF-8 quoted-printable body with CRLF
 * line ends. `date` is the time written in the Date header.
 */
export function emlFile(draft: MailDraft & { date: Date }): string {
  const to = draft.to && isMailAddress(draft.to.address) ? mailbox(draft.to.name ?? '', draft.to.address.trim()) : null;
  const headers = [
    to ? fold('To', to) : null,
    fold('Subject', headerText(draft.subject)),
    `Date: ${rfc5322Date(draft.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ].filter((h): h is string => h !== null);
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(draft.body)}\r\n`;
}

/** Quoted-printable (RFC 2045 §6.7) over UTF-8: lines of at most 76 characters, soft breaks, CRLF. */
function quotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return crlf(text)
    .split('\r\n')
    .map((line) => {
      const bytes = encoder.encode(line);
      let out = '';
      let current = '';
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        const token = literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (current.length + token.length > (last ? 76 : 75)) {
          out += `${current}=\r\n`;
          current = '';
        }
        current += token;
      });
      return out + current;
    })
    .join('\r\n');
}

/** A header value, as RFC 2047 encoded words when it holds non-ASCII text. */
function headerText(text: string): string {
  const flat = oneLine(text);
  if (/^[\x20-\x7e]*$/.test(flat)) return flat;
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of flat) {
    const bytes = [...encoder.encode(char)];
    if (chunk.length + bytes.length > WORD_BYTES) {
      words.push(`=?UTF-8?B?${btoa(String.fromCharCode(...chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(`=?UTF-8?B?${btoa(String.fromCharCode(...chunk))}?=`);
  return words.join(' ');
}

/** `Name <address>`, the name quoted or encoded as needed. */
function mailbox(name: string, address: string): string {
  const flat = oneLine(name);
  if (!flat) return address;
  const shown = headerText(flat);
  if (shown !== flat) return `${shown} <${address}>`;
  return /^[\w !#$%&'*+/=?^`{|}~-]*$/.test(flat) ? `${flat} <${address}>` : `"${flat.replace(/[\\"]/g, '\\$&')}" <${address}>`;
}

/** Folds `Name: value` at spaces so lines stay within 78 characters where words allow. */
function fold(name: string, value: string): string {
  const lines: string[] = [];
  let current = `${name}:`;
  for (const word of value.split(' ')) {
    if (current.length + 1 + word.length > LINE && !current.endsWith(':')) {
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

/** Text on one line: control characters and line breaks become spaces. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  return text.replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ').trim();
}

function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

function percent(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
