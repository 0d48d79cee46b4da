import vCard from 'vcf';
import { AppError } from '../../errors.js';
import { type ContactProblem, type ContactRow, cell, type ParsedContacts } from './contact-row.js';
import { normaliseLines } from './read-csv-rows.js';

const BEGIN = /^BEGIN:VCARD\s*$/i;
const END = /^END:VCARD\s*$/i;

/**
 * Reads a `.vcf` file of one or more vCards (3.0 or 4.0; 2.1 where it agrees) with the `vcf`
 * package: FN (or N), EMAIL (the preferred one), ORG, TITLE, URL and NOTE. Cards are found by
 * their BEGIN/END lines so each is numbered by the line it begins on; a card that does not
 * parse, is not closed, or text between cards is reported, and the other cards still read.
 */
export function parseVcard(text: string): ParsedContacts {
  const lines = normaliseLines(text).split('\n');
  const result: ParsedContacts = { contacts: [], problems: [], blank: 0 };
  let start: number | null = null;
  let card: string[] = [];
  let outside = false;
  for (const [i, line] of lines.entries()) {
    const n = i + 1;
    if (start === null) {
      if (BEGIN.test(line)) {
        start = n;
        card = [line];
      } else if (line.trim() !== '' && !outside) {
        result.problems.push({ line: n, reason: 'text outside a vCard (BEGIN:VCARD … END:VCARD)' });
      }
      outside = start === null && line.trim() !== '';
      continue;
    }
    if (BEGIN.test(line)) {
      result.problems.push({ line: start, reason: 'card not closed by END:VCARD' });
      start = n;
      card = [line];
      continue;
    }
    card.push(line);
    if (END.test(line)) {
      readCard(card, start, result);
      start = null;
    }
  }
  if (start !== null) result.problems.push({ line: start, reason: 'card not closed by END:VCARD' });
  if (result.contacts.length === 0 && result.problems.length === 0) {
    throw new AppError('invalid_input', 'no vCards (BEGIN:VCARD … END:VCARD) in the file');
  }
  return result;
}

function readCard(lines: string[], line: number, result: ParsedContacts): void {
  let parsed: vCard;
  try {
    // vcf splits and unfolds on CRLF only.
    parsed = new vCard().parse(lines.join('\r\n'));
  } catch (error) {
    result.problems.push({ line, reason: `invalid vCard: ${(error as Error).message}` } satisfies ContactProblem);
    return;
  }
  const props = (name: string) => {
    const value = parsed.data[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const texts = (name: string) => props(name).map((p) => unescapeText(p.valueOf() ?? ''));
  const name = cell(texts('fn')[0]) ?? nameFromN(props('n')[0]?.valueOf());
  const notes = texts('note').filter((t) => t.trim() !== '');
  result.contacts.push({
    line,
    name: name ?? '',
    email: cell(preferred(props('email'))),
    profileUrl: cell(texts('url')[0]),
    company: cell(components(props('org')[0]?.valueOf() ?? '')[0]),
    title: cell(texts('title')[0]),
    notes: notes.length ? notes.join('\n') : null,
  } satisfies ContactRow);
}

/** The value of the preferred property: TYPE=pref (3.0) or the lowest PREF (4.0), else the first. */
function preferred(list: vCard.Property[]): string | undefined {
  const rank = (p: vCard.Property) => (p.is('pref') ? 0 : p.pref !== undefined ? Number(p.pref) || 100 : 101);
  const best = [...list].sort((a, b) => rank(a) - rank(b))[0];
  return best ? unescapeText(best.valueOf() ?? '') : undefined;
}

/** "Given Additional Family" from N (Family;Given;Additional;Prefix;Suffix). */
function nameFromN(value: string | undefined): string | null {
  const [family, given, additional] = components(value ?? '');
  return cell([given, additional, family].filter((p) => p?.trim()).join(' '));
}

/** Splits a structured value on unescaped `;` and unescapes each part. */
function components(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i += 1;
    } else if (c === ';') {
      parts.push(unescapeText(current));
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(unescapeText(current));
  return parts;
}

/** Undoes vCard text escaping: `\n`, `\,`, `\;` and `\\`. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
