import MarkdownIt from 'markdown-it';
import { proofAssert } from '../proof/proof.js';
import type { HostileApp } from './hostile-app.js';
import { parseJson } from './hostile-app.js';

/** Text that runs as script wherever it is emitted as live markup or a link. */
export const scriptPayloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'];

/** Markup or a link that would run, in Markdown (an unescaped tag or a link) or in the HTML it renders to. */
const live = [/(?<!\\)<script/i, /(?<!\\)<img/i, /\]\(\s*javascript:/i, /href\s*=\s*["']?\s*javascript:/i];

/** A Markdown renderer at its most permissive: raw HTML and bare links on. */
const renderer = new MarkdownIt({ html: true, linkify: true });

/** A response's body parsed, after checking it is JSON that a browser will not sniff into HTML. */
async function jsonOf(response: Response, what: string): Promise<Record<string, unknown>> {
  const text = await response.text();
  proofAssert(response.status < 300, `${what} answered ${response.status}: ${text.slice(0, 120)}`);
  const type = response.headers.get('content-type') ?? '';
  proofAssert(type.startsWith('application/json'), `${what} has content-type "${type}" instead of application/json`);
  proofAssert(response.headers.get('x-content-type-options') === 'nosniff', `${what} lacks x-content-type-options: nosniff`);
  return parseJson(text) as Record<string, unknown>;
}

/** Markdown escapes undone: `\<` back to `<`, so escaped text can be compared with what was typed. */
const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_[\]<>&|~#!])/g, '$1');

/**
 * Stores script payloads in mentors' names and notes and in outcome statements, reads them
 * back verbatim as JSON (nosniff), and checks the Markdown report carries them as escaped
 * text, never as live markup or links, and that HTML pages are served under a CSP that allows
 * no inline script.
 */
export async function proveScriptPayloads(app: HostileApp): Promise<string> {
  const post = (path: string, body: unknown) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const stored: Array<{ path: string; fields: Record<string, string> }> = [];
  for (const [i, payload] of scriptPayloads.entries()) {
    const notes = `Met at a meetup ${scriptPayloads.join(' ')}`;
    const added = await jsonOf(
      await post('/api/mentors/with-relationship', { mentor: { name: payload, notes, company: payload } }),
      'adding a mentor',
    );
    const mentor = added.mentor as { id: string };
    stored.push({ path: `/api/mentors/${mentor.id}`, fields: { name: payload, notes, company: payload } });
    const statement = `${payload} Raise activation from 30% to 40% by 2027-04-30 (${i})`;
    const outcome = await jsonOf(await post('/api/outcomes', { statement, metric: payload }), 'adding an outcome');
    stored.push({ path: `/api/outcomes/${String(outcome.id)}`, fields: { statement, metric: payload } });
  }
  for (const { path, fields } of stored) {
    const record = await jsonOf(await app.request(path), `GET ${path}`);
    for (const [field, value] of Object.entries(fields)) {
      proofAssert(
        record[field] === value,
        `${path} ${field} came back as ${JSON.stringify(record[field])} instead of ${JSON.stringify(value)}`,
      );
    }
  }
  const list = await jsonOf(await app.request('/api/mentors?limit=1000'), 'GET /api/mentors');
  const names = (list.items as Array<{ name: string }>).map((m) => m.name);
  for (const payload of scriptPayloads) proofAssert(names.includes(payload), `the mentor list lacks the name ${JSON.stringify(payload)}`);

  const report = await app.request('/api/export/report.md');
  const markdown = await report.text();
  proofAssert(report.status === 200, `GET /api/export/report.md answered ${report.status}`);
  const type = report.headers.get('content-type') ?? '';
  proofAssert(type.startsWith('text/markdown'), `the report has content-type "${type}"`);
  proofAssert(report.headers.get('x-content-type-options') === 'nosniff', 'the report lacks x-content-type-options: nosniff');
  const html = renderer.render(markdown);
  for (const [what, text] of [
    ['Markdown', markdown],
    ['rendered HTML', html],
  ] as const) {
    const runs = live.find((pattern) => pattern.test(text));
    proofAssert(!runs, `the report's ${what} has live markup (${runs?.source}): ${text.match(runs ?? /$^/)?.[0] ?? ''}`);
  }
  const readable = unescapeMarkdown(markdown);
  for (const payload of scriptPayloads) {
    proofAssert(readable.includes(payload), `the report lost the text ${JSON.stringify(payload)} (it should show it escaped)`);
  }

  const pages = ['/', '/mentors', `/mentors/${stored[0]?.path.split('/').pop() ?? ''}`, '/api/docs'];
  for (const page of pages) {
    const response = await app.request(page);
    const body = await response.text();
    proofAssert(response.status === 200, `GET ${page} answered ${response.status}`);
    proofAssert((response.headers.get('content-type') ?? '').startsWith('text/html'), `GET ${page} is not HTML`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1];
    proofAssert(scripts !== undefined, `GET ${page} has no script-src in its CSP ("${csp}")`);
    proofAssert(!/unsafe-inline|unsafe-eval|\*/.test(scripts), `GET ${page} allows inline or foreign scripts: script-src ${scripts}`);
    proofAssert(/frame-ancestors 'none'/.test(csp), `GET ${page} may be framed: "${csp}"`);
    proofAssert(response.headers.get('x-content-type-options') === 'nosniff', `GET ${page} lacks x-content-type-options: nosniff`);
    for (const payload of scriptPayloads)
      proofAssert(!body.includes(payload), `GET ${page} renders ${JSON.stringify(payload)} into its HTML`);
  }
  const notFound = await app.request('/api/%3Cscript%3Ealert(1)%3C/script%3E');
  const echoType = notFound.headers.get('content-type') ?? '';
  proofAssert(
    notFound.status === 404 && echoType.startsWith('application/json'),
    `an unknown API path naming a script: ${notFound.status} ${echoType}`,
  );
  proofAssert(notFound.headers.get('x-content-type-options') === 'nosniff', 'an unknown API path lacks x-content-type-options: nosniff');
  return `${scriptPayloads.length} payloads in ${stored.length} records read back verbatim as JSON with nosniff; report escapes them; ${pages.length} HTML pages under a CSP with script-src 'self'`;
}
