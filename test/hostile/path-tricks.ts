import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { ensureLocalUser } from '../../src/boot/ensure-local-user.js';
import { workspacesOf } from '../../src/boot/open-workspace.js';
import { createClock } from '../../src/core/clock.js';
import { createApp } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/security.js';
import { openStore } from '../../src/store/open-store.js';
import { proofAssert } from '../proof/proof.js';
import { countRecords, type HostileApp, parseJson, webRootOf } from './hostile-app.js';

/** Request targets that try to leave the web root or name files by a trick. */
const targets = [
  '/%2e%2e/%2e%2e/etc/passwd',
  '/../../etc/passwd',
  '/..%2f..%2f..%2f..%2fetc%2fpasswd',
  '//etc/passwd',
  '/assets/..%2f..%2fpackage.json',
  '/assets/..%2f..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
  '/assets/.%2e/.%2e/package.json',
  '/assets/../../package.json',
  '/assets/..%5c..%5cpackage.json',
  '/assets/..%5C..%5C..%5Cpackage.json',
  '/assets/..\\..\\package.json',
  '/assets//etc/passwd',
  '/assets/%2fetc%2fpasswd',
  '/assets/..%252f..%252fpackage.json',
  '/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json',
  '/assets/....//....//package.json',
  '/assets/..%00/package.json',
  '/assets/%00',
  '/assets/../../../../../../etc/passwd',
  '/api/docs/assets/..%2f..%2f..%2fpackage.json',
  '/api/docs/assets/..%2fpackage.json',
  '/api/export/csv/..%2F..%2Fetc%2Fpasswd',
  '/api/export/csv/..%2f..%2f..%2fpackage.json',
  '/api/export/csv/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/api/export/csv/..%5c..%5cetc%5cpasswd',
  '/api/export/csv/%2fetc%2fpasswd',
];

/** Text that only a file outside the web root would hold. */
const outside = [/^root:.*:0:0:/m, /"name":\s*"understudy"/, /"name":\s*"swagger-ui-dist"/, /"compilerOptions"/];

/** One answer to a trick: its status and body. */
interface Answer {
  status: number;
  body: string;
}

const answerOf = async (response: Response): Promise<Answer> => ({ status: response.status, body: await response.text() });

/** Sends `target` as written over a socket, so the URL is not normalised on the way. */
function rawGet(port: number, target: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = text.slice(0, split);
      let body = text.slice(split + 4);
      if (/transfer-encoding:\s*chunked/i.test(head)) body = body.replace(/(?:^|\r\n)[0-9a-f]+\r\n/gi, '');
      done({ status: Number(head.split(' ')[1]), body });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
  });
}

/** Why an answer to a trick is wrong (a file from outside, or anything but a refusal or the app's page), or null. */
function wrongAnswer(answer: Answer, index: string): string | null {
  const leaked = outside.find((pattern) => pattern.test(answer.body));
  if (leaked) return `returned a file from outside the web root (${leaked.source})`;
  if (answer.status === 200 && answer.body.trim() !== index.trim())
    return `200 with something other than index.html: ${answer.body.slice(0, 80)}`;
  if (answer.status !== 200 && ![400, 403, 404].includes(answer.status)) return `status ${answer.status}`;
  return null;
}

/**
 * The static web server and the export route, in-process and over a socket with targets as
 * written: no trick returns a file from outside the web root; each is refused or gets the
 * app's page. The server must serve its real assets, or the check would prove nothing.
 */
export async function provePathTricks(repoRoot: string, workDir: string): Promise<string> {
  const webRoot = webRootOf(repoRoot);
  proofAssert(existsSync(join(webRoot, 'index.html')), `no web build at ${webRoot}: run npm run build`);
  const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const asset = readdirSync(join(webRoot, 'assets')).find((f) => f.endsWith('.js'));
  proofAssert(asset, 'the web build has no assets');
  const store = await openStore({ url: join(workDir, `path-tricks-${randomBytes(4).toString('hex')}.db`) });
  let port = 0;
  const app = createApp({
    workspaces: workspacesOf(store, createClock()),
    version: 'proof',
    hosts: () => allowedHosts('127.0.0.1', port),
    webRoot,
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  try {
    await ensureLocalUser(store, createClock('2026-11-28'));
    await new Promise<void>((done) => (server.listening ? done() : server.once('listening', () => done())));
    port = (server.address() as AddressInfo).port;
    const real = await rawGet(port, `/assets/${asset}`);
    proofAssert(
      real.status === 200 && real.body.length > 0,
      `the web server does not serve its own asset /assets/${asset} (${real.status})`,
    );
    proofAssert((await rawGet(port, '/mentors')).body.trim() === index.trim(), 'the web server does not serve index.html for an app page');
    const statuses: Record<number, number> = {};
    for (const target of [...targets, `http://127.0.0.1:${port}/assets/../../package.json`]) {
      const inProcess = target.startsWith('http') ? null : await answerOf(await app.request(`http://127.0.0.1:${port}${target}`));
      for (const [how, answer] of [
        ['over a socket', await rawGet(port, target)],
        ['in-process', inProcess],
      ] as const) {
        if (!answer) continue;
        const wrong = wrongAnswer(answer, index);
        proofAssert(wrong === null, `GET ${target} ${how}: ${wrong}`);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      }
    }
    const tally = Object.entries(statuses)
      .map(([status, n]) => `${n}× ${status}`)
      .join(', ');
    return `${targets.length + 1} traversal targets in-process and over a socket (${tally}): no file from outside the web root`;
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
    await store.close();
  }
}

/**
 * A contacts file named with a path (`../../../../tmp/…`, an absolute path, backslashes) imports
 * by its content, and no file of that name appears anywhere it could point to.
 */
export async function proveImportFileNames(app: HostileApp, repoRoot: string, workDir: string): Promise<string> {
  const tag = randomBytes(6).toString('hex');
  const names = [
    `../../../../tmp/understudy-evil-${tag}.csv`,
    `/tmp/understudy-evil-${tag}-abs.csv`,
    `..\\..\\understudy-evil-${tag}-bs.csv`,
  ];
  const places = (name: string) =>
    [process.cwd(), repoRoot, workDir, dirname(workDir), '/'].flatMap((dir) => [
      resolve(dir, name),
      resolve(dir, name.replaceAll('\\', '/')),
    ]);
  for (const name of names) for (const place of places(name)) proofAssert(!existsSync(place), `${place} exists before the import`);
  const before = await countRecords(app);
  for (const [i, name] of names.entries()) {
    const form = new FormData();
    form.append('file', new File([`Name,Email\nEve Path ${i},eve${i}@example.com\n`], name));
    const response = await app.request('/api/import', { method: 'POST', body: form });
    const body = parseJson(await response.text()) as { created?: number; mentors?: string[] };
    proofAssert(
      response.status === 200,
      `importing a file named ${name} answered ${response.status}: ${JSON.stringify(body).slice(0, 120)}`,
    );
    const mentor = await app.send('GET', `/api/mentors/${body.mentors?.[0] ?? 'none'}`);
    const imported = (mentor.body as { name?: string; email?: string } | null) ?? {};
    proofAssert(
      body.created === 1 && imported.name === `Eve Path ${i}` && imported.email === `eve${i}@example.com`,
      `importing ${name} did not import its one contact: ${JSON.stringify(body).slice(0, 120)}`,
    );
    for (const place of places(name)) proofAssert(!existsSync(place), `importing a file named ${name} created ${place}`);
  }
  const after = await countRecords(app);
  proofAssert(after === before + names.length, `the imports added ${after - before} records instead of ${names.length}`);
  return `${names.length} contact files named with paths imported by content; no file created at ${names.length * places(names[0] ?? '').length} places checked`;
}
