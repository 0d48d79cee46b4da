import MarkdownIt from 'markdown-it';
import { type BlockKind, createDocumentBuilder, type DocumentBuilder, type DocumentModel } from './document.js';

/** CommonMark plus tables and strikethrough (GitHub's flavour); raw HTML is read as text. */
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** A token of markdown-it's stream. */
type Token = ReturnType<typeof parser.parse>[number];

const frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;
const esmLine = /^(?:import|export)\s[^\n]*(?:\n|$)/gm;
const tag = /<[^>]*>/g;
const comment = /<!--[\s\S]*?(?:-->|$)/g;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–' };

/** Text of raw HTML: comments dropped, tags removed, common entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(comment, '')
    .replace(tag, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** Plain text of an inline token: markup dropped, link text and image descriptions kept. */
function inlineText(token: Token): string {
  const children = token.children;
  if (!children) return token.content;
  let out = '';
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        out += child.content;
        break;
      case 'softbreak':
        out += ' ';
        break;
      case 'hardbreak':
        out += '\n';
        break;
      case 'image':
        out += inlineText(child);
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(child.content)) out += '\n';
        break;
    }
  }
  return out;
}

/** Removes YAML/TOML front matter, keeping its `title`; and MDX import/export lines. */
function stripPreamble(source: string, builder: DocumentBuilder): string {
  let text = source;
  const match = frontMatter.exec(text);
  if (match) {
    const title = /^title\s*[:=]\s*["']?(.+?)["']?\s*$/m.exec(match[1] ?? '');
    if (title?.[1]) builder.title(title[1]);
    text = text.slice(match[0].length);
  }
  return esmLine.test(text)
    ? text.replace(esmLine, (line) => (/\bfrom\s|^export\s+(?:const|default|function)\b/.test(line) ? '\n' : line))
    : text;
}

/**
 * Reads Markdown (CommonMark with GitHub tables, front matter and MDX imports tolerated) into
 * the document model: headings become sections; paragraphs, list items, tables, code and
 * quotations become blocks. HTML comments (a template's instructions) are dropped.
 */
export function readMarkdown(source: string): DocumentModel {
  const builder = createDocumentBuilder();
  const tokens = parser.parse(stripPreamble(source, builder), {});
  /** Text gathered for the innermost list item or quotation still open. */
  const open: Array<{ kind: BlockKind; parts: string[] }> = [];
  let row: string[] | null = null;
  let rows: string[] = [];
  let headingLevel = 0;

  const flush = () => {
    const top = open.at(-1);
    if (top && top.parts.length > 0) {
      builder.block(top.kind, top.parts.join('\n'));
      top.parts = [];
    }
  };
  const emit = (kind: BlockKind, text: string) => {
    const top = open.at(-1);
    if (top) top.parts.push(text);
    else builder.block(kind, text);
  };

  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        flush();
        headingLevel = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        headingLevel = 0;
        break;
      case 'list_item_open':
      case 'blockquote_open':
        flush();
        open.push({ kind: token.type === 'list_item_open' ? 'list-item' : 'quote', parts: [] });
        break;
      case 'list_item_close':
      case 'blockquote_close':
        flush();
        open.pop();
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) rows.push(row.join(' | '));
        row = null;
        break;
      case 'table_close':
        emit('table', rows.join('\n'));
        rows = [];
        break;
      case 'inline': {
        const text = inlineText(token);
        if (headingLevel > 0) builder.heading(text, headingLevel);
        else if (row) row.push(text.replace(/\n/g, ' ').trim());
        else emit('paragraph', text);
        break;
      }
      case 'fence':
      case 'code_block':
        emit('code', token.content);
        break;
      case 'html_block': {
        const text = htmlText(token.content);
        if (text.trim() !== '') emit('paragraph', text);
        break;
      }
    }
  }
  flush();
  return builder.finish();
}
