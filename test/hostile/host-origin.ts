import { proofAssert } from '../proof/proof.js';
import { badErrorShape, countRecords, type HostileApp, parseJson, seedDemo } from './hostile-app.js';

/** A request and the answer it must get. */
interface Case {
  what: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  code: 'forbidden_host' | 'forbidden_origin';
}

const foreignHosts = ['evil.example', '127.0.0.1.evil.example:4477', 'evil.example:4477', '127.0.0.1:4478', 'localhost.evil.example'];
const foreignOrigins = [
  'http://evil.example',
  'null',
  'http://127.0.0.1:4478',
  'http://127.0.0.1.evil.example:4477',
  'https://127.0.0.1:4477.evil.example',
  'not a url',
];

/** The refused requests: foreign hosts on reads and writes, foreign origins and cross-site writes. */
function refused(mentorId: string): Case[] {
  const write = { name: 'Planted by another site' };
  return [
    ...foreignHosts.flatMap((host): Case[] => [
      { what: `GET with Host ${host}`, method: 'GET', path: '/api/mentors', headers: { host }, code: 'forbidden_host' },
      { what: `GET / with Host ${host}`, method: 'GET', path: '/', headers: { host }, code: 'forbidden_host' },
      { what: `POST with Host ${host}`, method: 'POST', path: '/api/mentors', headers: { host }, body: write, code: 'forbidden_host' },
    ]),
    ...foreignOrigins.flatMap((origin): Case[] => [
      {
        what: `POST from Origin ${origin}`,
        method: 'POST',
        path: '/api/mentors',
        headers: { origin },
        body: write,
        code: 'forbidden_origin',
      },
      {
        what: `PATCH from Origin ${origin}`,
        method: 'PATCH',
        path: '/api/me',
        headers: { origin },
        body: { name: 'Hacked' },
        code: 'forbidden_origin',
      },
      {
        what: `DELETE from Origin ${origin}`,
        method: 'DELETE',
        path: `/api/mentors/${mentorId}`,
        headers: { origin },
        code: 'forbidden_origin',
      },
    ]),
    ...['POST', 'PUT', 'PATCH', 'DELETE'].map(
      (method): Case => ({
        what: `${method} with Sec-Fetch-Site: cross-site`,
        method,
        path: method === 'DELETE' ? `/api/mentors/${mentorId}` : '/api/mentors',
        headers: { 'sec-fetch-site': 'cross-site' },
        body: method === 'DELETE' ? undefined : write,
        code: 'forbidden_origin',
      }),
    ),
    {
      what: 'restore from a foreign origin',
      method: 'POST',
      path: '/api/restore',
      headers: { origin: 'http://evil.example' },
      body: {},
      code: 'forbidden_origin',
    },
  ];
}

/** The same write from the CLI (no Origin) and from the app's own origins, which must succeed. */
const allowed: Array<Record<string, string>> = [
  {},
  { origin: 'http://127.0.0.1:4477' },
  { origin: 'http://localhost:4477' },
  { 'sec-fetch-site': 'same-origin' },
  { 'sec-fetch-site': 'none' },
];

/**
 * Requests for a foreign Host (DNS rebinding) and writes from a foreign origin (CSRF) get 403
 * with a JSON error and change nothing; the same write without an Origin, or from the app's own
 * origin, succeeds.
 */
export async function proveHostAndOrigin(app: HostileApp): Promise<string> {
  await seedDemo(app);
  const mentors = await app.send('GET', '/api/mentors');
  const mentorId = (mentors.body as { items: Array<{ id: string }> }).items[0]?.id ?? '';
  proofAssert(mentorId !== '', 'the demo workspace has no mentor');
  const me = await app.send('GET', '/api/me');
  const before = await countRecords(app);
  const cases = refused(mentorId);
  for (const item of cases) {
    const headers = item.body === undefined ? item.headers : { 'content-type': 'application/json', ...item.headers };
    const response = await app.request(item.path, {
      method: item.method,
      headers,
      body: item.body === undefined ? undefined : JSON.stringify(item.body),
    });
    const text = await response.text();
    proofAssert(response.status === 403, `${item.what} answered ${response.status} instead of 403`);
    const shape = badErrorShape(response, text);
    proofAssert(shape === null, `${item.what}: the 403 is ${shape}`);
    const code = (parseJson(text) as { error: { code: string } }).error.code;
    proofAssert(code === item.code, `${item.what}: code ${code} instead of ${item.code}`);
  }
  proofAssert((await countRecords(app)) === before, 'refused requests changed the number of records');
  proofAssert((await app.send('GET', `/api/mentors/${mentorId}`)).status === 200, 'a refused DELETE removed the mentor');
  const meAfter = await app.send('GET', '/api/me');
  proofAssert(JSON.stringify(meAfter.body) === JSON.stringify(me.body), 'a refused PATCH changed the user');
  for (const [i, headers] of allowed.entries()) {
    const response = await app.send('POST', '/api/mentors', { name: `Own origin ${i}` }, headers);
    proofAssert(response.status === 201, `the write with ${JSON.stringify(headers)} answered ${response.status} instead of 201`);
  }
  proofAssert((await countRecords(app)) === before + allowed.length, 'the allowed writes did not each add one record');
  return `${cases.length} foreign-Host and cross-origin requests refused with 403 and nothing changed; ${allowed.length} same-origin or Origin-less writes stored`;
}
