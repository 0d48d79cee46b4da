/**
 * Plain text of Markdown inline content (a paragraph, heading or table cell as written): code
 * spans keep their text, links and images their text and description, emphasis markers,
 * HTML tags and escapes are dropped, entities decoded, soft line breaks read as spaces and
 * hard ones kept. One pass, with bounded look-ahead, so any input takes linear time; it is a
 * reader of text, not a renderer, and several times cheaper than a full inline parse.
 */

/** How far a link's text or destination is looked for; longer brackets are read as text. */
const LOOKAHEAD = 1_000;
const punctuation = /[!-/:-@[-`{-~]/;
const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
  middot: '·',
};
const entity = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/y;
const htmlTag = /<(\/?[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]{0,500})?\/?>|<!--[\s\S]{0,2000}?-->/y;
const autolink = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{1,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>/y;

/** Decodes one entity (`&amp;`, `&#8217;`, `&#x2014;`), or returns it unchanged. */
export function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return namedEntities[name.toLowerCase()];
}

/** Index of the bracket closing the one at `open`, nested brackets and escapes allowed; -1 if none near. */
function closing(src: string, open: number, left: string, right: string): number {
  let depth = 0;
  const end = Math.min(src.length, open + LOOKAHEAD);
  for (let i = open; i < end; i += 1) {
    const ch = src[i];
    if (ch === '\\') i += 1;
    else if (ch === left) depth += 1;
    else if (ch === right) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Returns the plain text of Markdown inline content. */
export function plainInline(src: string): string {
  const special = /[\\`![<&*_~\n]/g;
  let out = '';
  let at = 0;
  for (let m = special.exec(src); m; m = special.exec(src)) {
    const i = m.index;
    if (i < at) continue;
    out += src.slice(at, i);
    at = i + 1;
    const ch = src[i] as string;
    switch (ch) {
      case '\\': {
        const next = src[i + 1];
        if (next === '\n') {
          out += '\n';
          at = i + 2;
        } else if (next !== undefined && punctuation.test(next)) {
          out += next;
          at = i + 2;
        } else out += ch;
        break;
      }
      case '`': {
        let run = 1;
        while (src[i + run] === '`') run += 1;
        const fence = '`'.repeat(run);
        let close = src.indexOf(fence, i + run);
        while (close >= 0 && src[close + run] === '`') close = src.indexOf(fence, close + run + 1);
        if (close < 0) {
          out += fence;
          at = i + run;
        } else {
          let code = src.slice(i + run, close).replace(/\n/g, ' ');
          if (code.length > 2 && code[0] === ' ' && code.at(-1) === ' ' && code.trim() !== '') code = code.slice(1, -1);
          out += code;
          at = close + run;
        }
        break;
      }
      case '!':
      case '[': {
        const image = ch === '!';
        const open = image ? i + 1 : i;
        if (image && src[open] !== '[') {
          out += ch;
          break;
        }
        const close = closing(src, open, '[', ']');
        if (close < 0) {
          out += src.slice(i, open + 1);
          at = open + 1;
          break;
        }
        const after = src[close + 1];
        let end = close + 1;
        if (after === '(') {
          const paren = closing(src, close + 1, '(', ')');
          if (paren >= 0) end = paren + 1;
        } else if (after === '[') {
          const ref = closing(src, close + 1, '[', ']');
          if (ref >= 0) end = ref + 1;
        }
        if (end === close + 1 && !image) {
          // A bracket that is no link: keep the brackets, read what is inside.
          out += '[';
          at = open + 1;
          break;
        }
        out += plainInline(src.slice(open + 1, close));
        at = end;
        break;
      }
      case '<': {
        autolink.lastIndex = i;
        const link = autolink.exec(src);
        if (link) {
          out += link[1];
          at = i + link[0].length;
          break;
        }
        htmlTag.lastIndex = i;
        const tag = htmlTag.exec(src);
        if (tag) {
          if (/^br$/i.test(tag[1] ?? '')) out += '\n';
          at = i + tag[0].length;
        } else out += ch;
        break;
      }
      case '&': {
        entity.lastIndex = i;
        const e = entity.exec(src);
        const decoded = e ? decodeEntity(e[1] ?? '') : undefined;
        if (e && decoded !== undefined) {
          out += decoded;
          at = i + e[0].length;
        } else out += ch;
        break;
      }
      case '\n': {
        if (out.endsWith('  ')) out = `${out.trimEnd()}\n`;
        else out = `${out.trimEnd()} `;
        while (src[at] === ' ' || src[at] === '\t') at += 1;
        break;
      }
      default: {
        // `*`, `_`, `~`: a run that opens or closes emphasis is dropped; one inside a word
        // (snake_case) or between spaces ("a * b") is text.
        let run = 1;
        while (src[i + run] === ch) run += 1;
        const before = src[i - 1];
        const after = src[i + run];
        const opens = !isSpace(after) && (isSpace(before) || !isWordChar(before));
        const closes = !isSpace(before) && (isSpace(after) || !isWordChar(after));
        const intraword = isWordChar(before) && isWordChar(after);
        const drop = ch === '_' ? (opens || closes) && !intraword : opens || closes || (ch === '*' && intraword);
        if (!drop || (ch === '~' && run === 1)) out += src.slice(i, i + run);
        at = i + run;
        break;
      }
    }
    special.lastIndex = at;
  }
  return out + src.slice(at);
}
