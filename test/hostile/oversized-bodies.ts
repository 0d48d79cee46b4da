import { MAX_DOCUMENT_BYTES } from '../../src/analysis/questions/read-document.js';
import { MAX_CONTACT_FILE_BYTES } from '../../src/contracts/portability.js';
import { MAX_BODY_BYTES } from '../../src/server/app.js';
import { MAX_LIBRARY_UPLOAD_BYTES, MAX_SINGLE_UPLOAD_BYTES } from '../../src/server/routes/library.js';
import { proofAssert } from '../proof/proof.js';
import { badErrorShape, countRecords, type HostileApp, parseJson, seedDemo } from './hostile-app.js';

const MB = 1024 * 1024;

/** One oversized request: what it is, where it goes, and how its body is made. */
interface Oversized {
  what: string;
  path: string;
  body: () => RequestInit['body'];
  headers?: Record<string, string>;
}

/** A JSON mentor whose notes make the body `bytes` long: valid apart from its size. */
function mentorJson(bytes: number): string {
  const head = '{"name":"Oversized","notes":"';
  return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
}

/** A multipart body with `files` of `bytes` each under `field`; the files would be accepted if they were small. */
function upload(field: string, files: Array<{ name: string; bytes: number; head: string }>): FormData {
  const form = new FormData();
  for (const file of files) {
    const head = new TextEncoder().encode(file.head);
    const data = new Uint8Array(file.bytes).fill(0x61);
    data.set(head);
    form.append(field, new File([data], file.name));
  }
  return form;
}

/** A contacts CSV of one person whose notes are too long for a mentor, so only the size check can refuse it with 413. */
const contacts = (bytes: number) => upload('file', [{ name: 'Connections.csv', bytes, head: 'Name,Notes\nAna Li,' }]);
const markdown = (bytes: number, count = 1) =>
  upload(
    'file',
    Array.from({ length: count }, (_, i) => ({ name: `brief-${i}.md`, bytes, head: '# Why now?\n\nBecause.\n\n' })),
  );

/** The oversized requests: over the general JSON limit, and over each upload route's own limits. */
function requests(short: boolean): Oversized[] {
  const over = (limit: number) => limit + MB / 2;
  const json = mentorJson(over(MAX_BODY_BYTES));
  const list: Oversized[] = [
    {
      what: 'JSON over the body limit, with content-length',
      path: '/api/mentors',
      body: () => json,
      headers: { 'content-length': String(json.length) },
    },
    { what: 'JSON over the body limit, streamed without content-length', path: '/api/mentors', body: () => json },
    { what: 'JSON over the body limit to a use-case route', path: '/api/mentors/with-relationship', body: () => `{"mentor":${json}}` },
    { what: 'contacts upload over the import body limit', path: '/api/import', body: () => contacts(over(MAX_CONTACT_FILE_BYTES + MB)) },
    { what: 'contacts file over its limit inside the body limit', path: '/api/import', body: () => contacts(MAX_CONTACT_FILE_BYTES + 1) },
    { what: 'document over the questions body limit', path: '/api/questions', body: () => markdown(over(MAX_SINGLE_UPLOAD_BYTES)) },
    { what: 'document over its limit in a library upload', path: '/api/library', body: () => markdown(MAX_DOCUMENT_BYTES + 1) },
    {
      what: 'draft over the check body limit',
      path: '/api/templates/no-such-template/check',
      body: () => markdown(over(MAX_SINGLE_UPLOAD_BYTES)),
    },
  ];
  if (!short) {
    const each = Math.ceil(over(MAX_LIBRARY_UPLOAD_BYTES) / 6);
    list.push({ what: 'library upload over its body limit', path: '/api/library', body: () => markdown(each, 6) });
  }
  return list;
}

/**
 * Sends bodies over the server's limits (JSON and uploads) and checks each is refused with 413
 * and a JSON `too_large` error, and that the workspace holds as many records afterwards.
 */
export async function proveOversizedBodies(app: HostileApp, short: boolean): Promise<string> {
  await seedDemo(app);
  const before = await countRecords(app);
  const list = requests(short);
  for (const item of list) {
    const init: RequestInit = { method: 'POST', body: item.body(), headers: item.headers ?? {} };
    if (typeof init.body === 'string') init.headers = { 'content-type': 'application/json', ...item.headers };
    const response = await app.request(item.path, init);
    const text = await response.text();
    proofAssert(response.status === 413, `${item.what} (${item.path}) answered ${response.status} instead of 413: ${text.slice(0, 120)}`);
    const shape = badErrorShape(response, text);
    proofAssert(shape === null, `${item.what}: the 413 is ${shape}`);
    const code = (parseJson(text) as { error: { code: string } }).error.code;
    proofAssert(code === 'too_large', `${item.what}: error code "${code}" instead of too_large`);
  }
  const after = await countRecords(app);
  proofAssert(after === before, `the workspace held ${before} records before the oversized requests and ${after} after`);
  return `${list.length} oversized requests (JSON over ${MAX_BODY_BYTES / MB} MB, contacts over ${MAX_CONTACT_FILE_BYTES / MB} MB, documents over ${MAX_DOCUMENT_BYTES / MB} MB${short ? '' : `, library over ${MAX_LIBRARY_UPLOAD_BYTES / MB} MB`}): all 413 too_large, ${before} records before and after`;
}
