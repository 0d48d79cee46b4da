/** Escapes text for HTML: the mails' HTML carries names and reasons written by members. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** A name or a line as a mail shows it: no control characters or line breaks, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Paragraphs of plain text as a small HTML document; a paragraph that is a URL becomes a link. */
export function simpleHtml(paragraphs: ReadonlyArray<string | { list: readonly string[]; heading?: string }>): string {
  const body = paragraphs
    .map((p) => {
      if (typeof p !== 'string') {
        const heading = p.heading ? `<h3 style="margin:16px 0 4px">${escapeHtml(p.heading)}</h3>` : '';
        return `${heading}<ul>${p.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      }
      if (/^https?:\/\/\S+$/.test(p)) return `<p><a href="${escapeHtml(p)}">${escapeHtml(p)}</a></p>`;
      return `<p>${escapeHtml(p)}</p>`;
    })
    .join('\n');
  return `<!doctype html>\n<html><body style="font-family:sans-serif;line-height:1.5">\n${body}\n</body></html>\n`;
}
