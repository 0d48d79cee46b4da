import MarkdownIt from 'markdown-it';
import { type BlockKind, createDocumentBuilder, type DocumentBuilder, type DocumentModel } from './document.js';
import { decodeEntity, plainInline } from './plain-inline.js';

/**
 * CommonMark blocks plus tables (GitHub's flavour); raw HTML is read as text. Inline content
 * is not parsed by markdown-it: `plainInline` reads its text in a fraction of the time.
 */
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).disable([
  'inline',
  'linkify',
  'replacements',
  'smartquotes',
  'text_join',
]);

const frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;
const esmLine = /^(?:import|export)\s[^\n]*(?:\n|$)/gm;
const tag = /<[^>]*>/g;
const comment = /<!--[\s\S]*?(?:-->|$)/g;

/** Text of raw HTML: comments dropped, tags removed, common entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(comment, '')
    .replace(tag, ' ')
    .replace(/&(#x?[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => decodeEntity(name) ?? whole);
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
        const text = plainInline(token.content);
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
